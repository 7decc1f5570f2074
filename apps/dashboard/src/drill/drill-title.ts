import {
  NO_REASON,
  type Aggregate,
  type DurationName,
  type RateName,
  type Ratio,
  type SegmentMetric,
  type TimeseriesBucket,
  type EscalationReasons,
} from '../api/types.js';
import { reasonKey, reasonLabel } from '../charts/reasons/reason-labels.js';
import { formatBucket } from '../format/buckets.js';
import type { Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import { hasParts, type Drill } from '../state/view-params.js';

function metricLabel(drill: Drill, t: Messages): string {
  const m = drill.metric;
  if (m.startsWith('abandonment.')) {
    return t.metrics.abandonment[m.slice('abandonment.'.length) as keyof Messages['metrics']['abandonment']];
  }
  if (hasParts(m)) {
    const rate = m as RateName;
    const detail = drill.part === 'numerator' ? t.metrics.numerators[rate] : t.metrics.denominators[rate];
    return t.drill.part(t.metrics.rates[rate], t.drill.parts[drill.part], detail);
  }
  if (m in t.metrics.durations) {
    return `${t.metrics.durations[m as DurationName]} — ${t.metrics.measuredConversations}`;
  }
  return t.metrics.segments[m as SegmentMetric];
}

/**
 * Names the value whose conversations are listed, e.g. "Containment — denominator (bot involved)",
 * then the reason, intent, scenario class and time it was narrowed to.
 */
export function drillTitle(drill: Drill, t: Messages, locale: Locale): string {
  const where: string[] = [];
  if (drill.bucket) where.push(formatBucket(drill.bucket, drill.granularity, t, locale));
  if (drill.weekday !== null) where.push(t.charts.heatmap.weekdays[drill.weekday - 1]!);
  if (drill.hour !== null) where.push(`${String(drill.hour).padStart(2, '0')}:00`);
  const parts = [metricLabel(drill, t)];
  if (drill.reason) {
    const { source, code } = drill.reason;
    parts.push(t.drill.reason(t.escalations.sources[source], reasonLabel(code === NO_REASON ? null : code, t)));
  }
  if (drill.intent) parts.push(t.drill.intent(drill.intent));
  if (drill.scenarioClass) parts.push(t.scenarios.classes[drill.scenarioClass]);
  if (where.length) parts.push(where.join(' '));
  return parts.join(' · ');
}

/**
 * Numerator and denominator of a rate drill-down for its two tabs, read from the figures already on
 * screen (the window's, or one day's): the counts the tabs show are the ones the cards show.
 */
export function partCounts(drill: Drill, overview: Aggregate | null, days: TimeseriesBucket[] | null): Ratio | null {
  if (!hasParts(drill.metric) || drill.weekday !== null || drill.hour !== null) return null;
  const source = drill.bucket ? days?.find((d) => d.bucket === drill.bucket) : overview;
  return source ? source.rates[drill.metric as RateName] : null;
}

/** The two tabs of a reason's CSAT responses count what the CSAT-by-reason chart shows for it. */
export function reasonPartCounts(drill: Drill, reasons: EscalationReasons | null): Ratio | null {
  if (drill.metric !== 'csat' || !drill.reason || drill.bucket || reasons?.source !== drill.reason.source) return null;
  const code = drill.reason.code;
  return reasons.reasons.find((r) => reasonKey(r.reason) === code)?.csat ?? null;
}
