import { type ScenarioClassRow, type TargetCheck, type WorkspaceSettings } from '../api/types.js';
import type { DataTable } from '../export/data-table.js';
import { formatDuration, formatInteger, formatRate, formatSentiment, type Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';

import { CLASS_KEYS, drillOf, type ClassKey, type Drill } from '../state/view-params.js';

export { CLASS_KEYS };

type ClassMetricKey =
  'conversations' | 'containment' | 'csat' | 'escalation_rate' | 'time_to_human_p90' | 'sentiment_delta';
type MetricKind = 'count' | 'rate' | 'duration' | 'sentiment';

/** Which figure each target of the settings judges, and how it is written. */
const TARGET_METRIC: Record<string, ClassMetricKey> = {
  containment_min: 'containment',
  csat_min: 'csat',
  escalation_max: 'escalation_rate',
  time_to_human_p90_max_seconds: 'time_to_human_p90',
  sentiment_delta_min: 'sentiment_delta',
};

export interface ClassCheck {
  target: string;
  goal: number;
  /** A `_min` target is met at or above its goal, a `_max` one at or below. */
  atLeast: boolean;
  /** null when nothing was measured. */
  pass: boolean | null;
}

export interface ClassMetric {
  key: ClassMetricKey;
  kind: MetricKind;
  value: number | null;
  /** Rates: the fraction behind the value. */
  numerator: number | null;
  denominator: number | null;
  check: ClassCheck | null;
  /**
   * The conversations behind the figure, in its class: a rate opens its denominator (the tabs hold
   * both sides), a duration its measured conversations. Sentiment change is over no segment: none.
   */
  drill: Drill | null;
}

export interface ClassCard {
  key: ClassKey;
  conversations: number;
  metrics: ClassMetric[];
  /** Every judged target met; null when none could be judged. */
  pass: boolean | null;
}

function checkOf(c: Pick<TargetCheck, 'target' | 'goal' | 'pass'>): ClassCheck {
  return { target: c.target, goal: c.goal, atLeast: c.target.endsWith('_min'), pass: c.pass };
}

/**
 * The targets of a class the window has no conversation of: the answer has no row for it, so they
 * come from the settings, in the service's order, none of them judged.
 */
function unjudged(key: ClassKey, settings: WorkspaceSettings | null): ClassCheck[] {
  const targets = key === 'none' ? undefined : settings?.scenario_classes.targets[key];
  return Object.keys(TARGET_METRIC).flatMap((target) => {
    const goal = targets?.[target as keyof typeof targets];
    return goal === undefined ? [] : [checkOf({ target, goal, pass: null })];
  });
}

/** The three classes and "not mapped", always in that order, each with its figures and targets. */
export function classCards(rows: ScenarioClassRow[], settings: WorkspaceSettings | null): ClassCard[] {
  return CLASS_KEYS.map((key) => {
    const row = rows.find((r) => (r.scenario_class ?? 'none') === key);
    const checks = row ? row.checks.map(checkOf) : unjudged(key, settings);
    const checkFor = (metric: ClassMetricKey) => checks.find((c) => TARGET_METRIC[c.target] === metric) ?? null;
    const at = { scenarioClass: key };
    const rate = (metric: ClassMetricKey, name: 'containment' | 'csat' | 'escalation_rate'): ClassMetric => {
      const r = row?.rates[name];
      return {
        key: metric,
        kind: 'rate',
        value: r?.value ?? null,
        numerator: r?.numerator ?? null,
        denominator: r?.denominator ?? null,
        check: checkFor(metric),
        drill: drillOf(name, 'denominator', at),
      };
    };
    const plain = (
      metric: ClassMetricKey,
      kind: MetricKind,
      value: number | null,
      drill: Drill | null,
    ): ClassMetric => ({
      key: metric,
      kind,
      value,
      numerator: null,
      denominator: null,
      check: checkFor(metric),
      drill,
    });
    const conversations = row?.conversations.total ?? 0;
    return {
      key,
      conversations,
      metrics: [
        plain('conversations', 'count', conversations, drillOf('conversations', 'numerator', at)),
        rate('containment', 'containment'),
        rate('csat', 'csat'),
        rate('escalation_rate', 'escalation_rate'),
        plain(
          'time_to_human_p90',
          'duration',
          row?.durations.time_to_human.p90 ?? null,
          drillOf('time_to_human', 'numerator', at),
        ),
        plain('sentiment_delta', 'sentiment', row?.sentiment_delta ?? null, null),
      ],
      pass: row?.pass ?? null,
    };
  });
}

function formatValue(kind: MetricKind, value: number | null, locale: Locale): string {
  switch (kind) {
    case 'count':
      return formatInteger(value, locale);
    case 'rate':
      return formatRate(value, locale);
    case 'duration':
      return formatDuration(value, locale);
    case 'sentiment':
      return formatSentiment(value, locale);
  }
}

export function metricValue(metric: ClassMetric, locale: Locale): string {
  return formatValue(metric.kind, metric.value, locale);
}

/** "target ≥ 70.0%", in the unit of the figure it judges. */
export function targetText(metric: ClassMetric, t: Messages, locale: Locale): string | null {
  if (!metric.check) return null;
  return t.scenarios.target(metric.check.atLeast ? '≥' : '≤', formatValue(metric.kind, metric.check.goal, locale));
}

type ResultKey = 'pass' | 'fail' | 'unknown';

export function resultKey(pass: boolean | null): ResultKey {
  return pass === null ? 'unknown' : pass ? 'pass' : 'fail';
}

/** Every figure of every card, one row each, with its target and result where it has one. */
export function classTable(cards: ClassCard[], t: Messages, locale: Locale): DataTable {
  const s = t.scenarios;
  const c = s.columns;
  return {
    columns: [c.class, c.metric, c.value, c.target, c.result],
    rows: cards.flatMap((card) => [
      [s.classes[card.key], s.allTargets, null, null, s.result[resultKey(card.pass)]],
      ...card.metrics.map((m) => [
        s.classes[card.key],
        s.metrics[m.key],
        m.kind === 'count' ? m.value : metricValue(m, locale),
        targetText(m, t, locale),
        m.check ? s.result[resultKey(m.check.pass)] : null,
      ]),
    ]),
  };
}
