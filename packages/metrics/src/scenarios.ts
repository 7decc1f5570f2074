import { sql, type AliasableExpression, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import type { ScenarioClass, WorkspaceSettings } from '@tandem/schema';
import { aggregate, num, ratio, type Aggregate, type Ratio } from './aggregate.js';
import { RATES, type Predicate } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

type Eb = ExpressionBuilder<Database, 'conversations'>;

/**
 * The class of each conversation from the workspace's mapping: its scenario by exact name, then by
 * the longest matching `prefix*`, then the bot's first intent; null when nothing maps it.
 */
export function scenarioClassOf(eb: Eb, settings: WorkspaceSettings): AliasableExpression<string | null> {
  const { scenarios, intents } = settings.scenario_classes;
  const exact = Object.entries(scenarios).filter(([k]) => !k.endsWith('*'));
  const prefixes = Object.entries(scenarios)
    .filter(([k]) => k.endsWith('*'))
    .sort(([a], [b]) => b.length - a.length);
  const arms: [Expression<SqlBool>, string][] = [
    ...exact.map(([name, cls]) => [eb('scenario', '=', name), cls] as [Expression<SqlBool>, string]),
    ...prefixes.map(
      ([pattern, cls]) =>
        // A prefix compared as a prefix, in SQL every engine reads alike (no LIKE wildcards to escape).
        [
          sql<boolean>`substring(${eb.ref('scenario')}, 1, length(${pattern.slice(0, -1)})) = ${pattern.slice(0, -1)}`,
          cls,
        ] as [Expression<SqlBool>, string],
    ),
    ...Object.entries(intents).map(
      ([intent, cls]) => [eb('first_intent', '=', intent), cls] as [Expression<SqlBool>, string],
    ),
  ];
  if (arms.length === 0) return sql<string | null>`NULL`;
  let chain = eb.case().when(arms[0]![0]).then(arms[0]![1]);
  for (const [condition, cls] of arms.slice(1)) chain = chain.when(condition).then(cls);
  return chain.else(null).end();
}

/** The conversations of one class, or of none (`none`): what a class card lists when clicked. */
export function scenarioClassPredicate(settings: WorkspaceSettings, cls: ScenarioClass | 'none'): Predicate {
  return (eb) =>
    cls === 'none' ? eb(scenarioClassOf(eb, settings), 'is', null) : eb(scenarioClassOf(eb, settings), '=', cls);
}

export interface TargetCheck {
  target: string;
  /** The target value, and the measured one (null when nothing was measured). */
  goal: number;
  actual: number | null;
  /** null when nothing was measured. */
  pass: boolean | null;
}

export interface ScenarioClassRow extends Aggregate {
  /** A class, or null for conversations the mapping leaves out. */
  scenario_class: ScenarioClass | null;
  sentiment_delta: number | null;
  checks: TargetCheck[];
  /** All judged targets met (null when none could be judged). */
  pass: boolean | null;
}

function checksOf(
  row: Aggregate & { sentiment_delta: number | null },
  settings: WorkspaceSettings,
  cls: ScenarioClass | null,
) {
  const targets = cls ? (settings.scenario_classes.targets[cls] ?? {}) : {};
  const checks: TargetCheck[] = [];
  const judge = (target: string, goal: number | undefined, actual: number | null, atLeast: boolean) => {
    if (goal === undefined) return;
    checks.push({ target, goal, actual, pass: actual === null ? null : atLeast ? actual >= goal : actual <= goal });
  };
  judge('containment_min', targets.containment_min, row.rates.containment.value, true);
  judge('csat_min', targets.csat_min, row.rates.csat.value, true);
  judge('escalation_max', targets.escalation_max, row.rates.escalation_rate.value, false);
  judge('time_to_human_p90_max_seconds', targets.time_to_human_p90_max_seconds, row.durations.time_to_human.p90, false);
  judge('sentiment_delta_min', targets.sentiment_delta_min, row.sentiment_delta, true);
  const judged = checks.filter((c) => c.pass !== null);
  return { checks, pass: judged.length === 0 ? null : judged.every((c) => c.pass) };
}

/** Every metric per scenario class, each class judged against its own targets (DESIGN §6). */
export async function scenarioClasses(
  store: StoreAdapter,
  q: MetricQuery,
  settings: WorkspaceSettings,
): Promise<ScenarioClassRow[]> {
  const rows = await aggregate(store, q, {
    keys: { scenario_class: (eb) => scenarioClassOf(eb, settings) },
    measures: () => [
      sql<number | null>`avg(CASE WHEN closed_at IS NOT NULL THEN sentiment_end - sentiment_start END)`.as(
        'sentiment_delta',
      ),
    ],
  });
  return rows.map((row) => {
    const cls = (row.keys['scenario_class'] as ScenarioClass | null) ?? null;
    const withDelta = { ...row.aggregate, sentiment_delta: num(row.measures['sentiment_delta']) };
    return { scenario_class: cls, ...withDelta, ...checksOf(withDelta, settings, cls) };
  });
}

export type Recommendation = 'automate' | 'improve_bot' | 'keep_with_humans';

export interface IntentOpportunity {
  intent: string;
  scenario_class: ScenarioClass | null;
  /** Closed conversations the bot took part in with this first intent. */
  volume: number;
  containment: Ratio;
  /** CSAT of the conversations the bot kept to itself. */
  csat_bot_only: Ratio;
  recommendation: Recommendation;
}

/**
 * The automation-opportunity matrix: per intent, volume × containment × CSAT. The bot already does
 * well (containment and CSAT at their targets) → automate fully; a complex or emotional class, or a
 * bot that neither contains nor pleases → keep with humans; anything in between → improve the bot.
 */
export function recommend(
  containment: number | null,
  csat: number | null,
  cls: ScenarioClass | null,
  settings: WorkspaceSettings,
): Recommendation {
  const { containment_target: ct, csat_target: st } = settings.automation;
  const contains = containment !== null && containment >= ct;
  const pleases = csat === null || csat >= st;
  if (contains && pleases) return 'automate';
  if (cls === 'low_freq_high_complexity' || cls === 'emotional') return 'keep_with_humans';
  if (!contains && csat !== null && csat < st && (containment ?? 0) < ct / 2) return 'keep_with_humans';
  return 'improve_bot';
}

export async function automationMatrix(
  store: StoreAdapter,
  q: MetricQuery,
  settings: WorkspaceSettings,
): Promise<IntentOpportunity[]> {
  const ctx = contextOf(store, q);
  const count = (eb: Eb, p: Predicate) => store.fn.countIf(p(eb, ctx));
  const involved = () =>
    scope(store, q)
      .where('first_intent', 'is not', null)
      .where((eb) => RATES.containment.denominator(eb, ctx));
  const [rows, classes] = await Promise.all([
    involved()
      .select((eb) => [
        'first_intent',
        eb.fn.countAll<number>().as('volume'),
        count(eb, RATES.containment.numerator).as('contained'),
        count(eb, RATES.csat_bot_only.numerator).as('csat_n'),
        count(eb, RATES.csat_bot_only.denominator).as('csat_d'),
      ])
      .groupBy('first_intent')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('first_intent')
      .execute(),
    involved()
      .select((eb) => [
        'first_intent',
        scenarioClassOf(eb, settings).as('scenario_class'),
        eb.fn.countAll<number>().as('n'),
      ])
      .groupBy([sql.ref('first_intent'), sql.ref('scenario_class')])
      .execute(),
  ]);
  // An intent can serve several scenarios: it takes the class most of its conversations have, the
  // first by name on a tie, so the answer never depends on the order rows are read in.
  const classOf = new Map<string, { cls: ScenarioClass | null; n: number }>();
  for (const row of classes) {
    const intent = String(row.first_intent);
    const cls = (row.scenario_class as ScenarioClass | null) ?? null;
    const n = Number(row.n);
    const best = classOf.get(intent);
    if (!best || n > best.n || (n === best.n && (cls ?? '~') < (best.cls ?? '~'))) classOf.set(intent, { cls, n });
  }
  return rows.map((row) => {
    const containment = ratio(Number(row.contained), Number(row.volume));
    const csat = ratio(Number(row.csat_n), Number(row.csat_d));
    const cls = classOf.get(String(row.first_intent))?.cls ?? null;
    return {
      intent: String(row.first_intent),
      scenario_class: cls,
      volume: Number(row.volume),
      containment,
      csat_bot_only: csat,
      recommendation: recommend(containment.value, csat.value, cls, settings),
    };
  });
}
