import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import { ratio, type Ratio } from './aggregate.js';
import { RATES, SEGMENTS, type Predicate } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

/** The three sources of an escalation reason, kept side by side (docs/escalation-reasons.md). */
export const REASON_SOURCES = {
  /** The bot's own reason on its handoff event. */
  bot: 'handoff_reason',
  /** The agent's feedback or closing disposition, mapped to a reason. */
  agent: 'agent_reason',
  /** The rule-based classification of the transcript before the handoff. */
  classifier: 'classified_reason',
} as const;
export type ReasonSource = keyof typeof REASON_SOURCES;

/** How a drill-down names "this source gave no reason". */
export const NO_REASON = 'none';

export const REASON_GROUPINGS = { intent: 'first_intent', scenario: 'scenario' } as const;
export type ReasonGrouping = keyof typeof REASON_GROUPINGS;

type Eb = ExpressionBuilder<Database, 'conversations'>;

/** Escalations are the handed-off segment: closed, bot-involved, with a handoff. */
const ESCALATED: Predicate = SEGMENTS.handed_off;
/** Responses of 1 to 3: the unhappy customers a reason accounts for. */
const dissatisfied: Predicate = (eb, ctx) =>
  eb.and([RATES.csat.denominator(eb, ctx), eb.not(RATES.csat.numerator(eb, ctx))]);

export interface ReasonRow {
  /** A reason code, or null where the source gave none. */
  reason: string | null;
  conversations: number;
  /** Share of 4–5 among the CSAT responses of these conversations. */
  csat: Ratio;
  /** CSAT responses of 1–3: the Pareto "by CSAT impact" sorts by this. */
  dissatisfied: number;
}

function reasonColumn(source: ReasonSource) {
  return REASON_SOURCES[source];
}

function escalated(store: StoreAdapter, q: MetricQuery) {
  const ctx = contextOf(store, q);
  return scope(store, q).where((eb) => ESCALATED(eb, ctx));
}

function counts(store: StoreAdapter, q: MetricQuery, eb: Eb) {
  const ctx = contextOf(store, q);
  return [
    eb.fn.countAll<number>().as('conversations'),
    store.fn.countIf(RATES.csat.numerator(eb, ctx)).as('csat_numerator'),
    store.fn.countIf(RATES.csat.denominator(eb, ctx)).as('csat_denominator'),
    store.fn.countIf(dissatisfied(eb, ctx)).as('dissatisfied'),
  ];
}

function readCounts(row: Record<string, unknown>) {
  return {
    conversations: Number(row['conversations']),
    csat: ratio(Number(row['csat_numerator']), Number(row['csat_denominator'])),
    dissatisfied: Number(row['dissatisfied']),
  };
}

/** Escalations per reason of one source, most frequent first (the Pareto by volume). */
export async function escalationReasons(
  store: StoreAdapter,
  q: MetricQuery,
  source: ReasonSource,
): Promise<ReasonRow[]> {
  const column = reasonColumn(source);
  const rows = await escalated(store, q)
    .select((eb) => [eb.ref(column).as('reason'), ...counts(store, q, eb)])
    .groupBy(column)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(column)
    .execute();
  return rows.map((row) => ({ reason: (row.reason as string | null) ?? null, ...readCounts(row) }));
}

export interface AgreementCell {
  a: string | null;
  b: string | null;
  conversations: number;
}

export interface Agreement {
  cells: AgreementCell[];
  /** Escalations where both sources gave a reason, and those where the two reasons are the same. */
  agreement: Ratio;
}

/** How often two sources name the same reason for the same escalation. */
export async function reasonAgreement(
  store: StoreAdapter,
  q: MetricQuery,
  a: ReasonSource,
  b: ReasonSource,
): Promise<Agreement> {
  const [ca, cb] = [reasonColumn(a), reasonColumn(b)];
  const rows = await escalated(store, q)
    .select((eb) => [eb.ref(ca).as('a'), eb.ref(cb).as('b'), eb.fn.countAll<number>().as('conversations')])
    .groupBy([ca, cb])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(ca)
    .orderBy(cb)
    .execute();
  const cells = rows.map((row) => ({
    a: (row.a as string | null) ?? null,
    b: (row.b as string | null) ?? null,
    conversations: Number(row.conversations),
  }));
  const compared = cells.filter((c) => c.a !== null && c.b !== null);
  const agreeing = compared.filter((c) => c.a === c.b).reduce((n, c) => n + c.conversations, 0);
  return {
    cells,
    agreement: ratio(
      agreeing,
      compared.reduce((n, c) => n + c.conversations, 0),
    ),
  };
}

export interface ReasonBucket {
  bucket: string;
  reason: string | null;
  conversations: number;
}

/** Escalations per local day, week or month and reason of one source; empty cells are absent. */
export async function reasonTrend(store: StoreAdapter, q: MetricQuery, source: ReasonSource): Promise<ReasonBucket[]> {
  const column = reasonColumn(source);
  const rows = await escalated(store, q)
    .select((eb) => [
      store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity).as('bucket'),
      eb.ref(column).as('reason'),
      eb.fn.countAll<number>().as('conversations'),
    ])
    .groupBy([sql.ref('bucket'), column])
    .orderBy(sql.ref('bucket'))
    .orderBy(column)
    .execute();
  return rows.map((row) => ({
    bucket: String(row.bucket),
    reason: (row.reason as string | null) ?? null,
    conversations: Number(row.conversations),
  }));
}

export interface ReasonGroupRow extends ReasonRow {
  key: string | null;
}

/** Escalations per intent (the bot's first) or scenario and reason of one source, largest first. */
export async function reasonBreakdown(
  store: StoreAdapter,
  q: MetricQuery,
  source: ReasonSource,
  by: ReasonGrouping,
): Promise<ReasonGroupRow[]> {
  const column = reasonColumn(source);
  const key = REASON_GROUPINGS[by];
  const rows = await escalated(store, q)
    .select((eb) => [eb.ref(key).as('key'), eb.ref(column).as('reason'), ...counts(store, q, eb)])
    .groupBy([key, column])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(key)
    .orderBy(column)
    .execute();
  return rows.map((row) => ({
    key: (row.key as string | null) ?? null,
    reason: (row.reason as string | null) ?? null,
    ...readCounts(row),
  }));
}

/** The escalations a reason of one source accounts for: what a Pareto bar lists when clicked. */
export function reasonPredicate(source: ReasonSource, reason: string): Predicate {
  const column = reasonColumn(source);
  return (eb, ctx) =>
    eb.and([ESCALATED(eb, ctx), reason === NO_REASON ? eb(column, 'is', null) : eb(column, '=', reason)]);
}
