import {
  expressionBuilder,
  sql,
  type AliasableExpression,
  type AliasedExpression,
  type AliasedRawBuilder,
  type ExpressionBuilder,
} from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import { countColumn, countEach } from './atoms.js';
import {
  ABANDONMENT_PARTS,
  DURATIONS,
  DURATION_NAMES,
  durationMeasured,
  RATES,
  RATE_NAMES,
  SEGMENTS,
  type AbandonmentPart,
  type DefinitionContext,
  type DurationName,
  type Predicate,
  type RateName,
} from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when nothing was counted. */
  value: number | null;
}

export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface Aggregate {
  conversations: { total: number; closed: number; open: number; with_bot: number };
  rates: Record<RateName, Ratio>;
  abandonment_parts: Record<AbandonmentPart, number>;
  csat_mean: number | null;
  durations: Record<DurationName, DurationSummary>;
}

type Eb = ExpressionBuilder<Database, 'conversations'>;
type Row = Record<string, unknown>;

const partNames = Object.keys(ABANDONMENT_PARTS) as AbandonmentPart[];
const measured = Object.fromEntries(DURATION_NAMES.map((d) => [d, durationMeasured(DURATIONS[d])])) as Record<
  DurationName,
  Predicate
>;

/** Every distinct condition counted by some metric, once: many rates share a denominator. */
const COUNTED: Predicate[] = [
  ...new Set<Predicate>([
    SEGMENTS.conversations,
    SEGMENTS.closed,
    SEGMENTS.open,
    SEGMENTS.with_bot,
    ...RATE_NAMES.flatMap((r) => [RATES[r].numerator, RATES[r].denominator]),
    ...partNames.map((p) => ABANDONMENT_PARTS[p]),
    ...DURATION_NAMES.map((d) => measured[d]),
  ]),
];
const column = (p: Predicate) => countColumn(COUNTED.indexOf(p));
/** Keys go by position inside the queries, so no caller's name can meet a column or another alias. */
const keyColumn = (i: number) => `key_${i}`;

/** Named expressions to group by, in order; none for one row over the whole scope. */
export type GroupKeys = Record<string, (eb: Eb) => AliasableExpression<unknown>>;

export interface AggregateRequest {
  keys?: GroupKeys;
  /** Largest groups first, ties by key; otherwise the groups come ordered by their keys. */
  largestFirst?: boolean;
  /** Further measures per group, each aliased; they come back in `measures`. */
  measures?: (eb: Eb) => AliasedExpression<unknown, string>[];
}

export interface AggregateRow {
  /** The group's key values by the request's names. */
  keys: Row;
  /** The value scan's row, holding the request's measures by their aliases. */
  measures: Row;
  aggregate: Aggregate;
}

/**
 * Every metric per group of the request's keys. The counts come from one scan that evaluates each
 * distinct leaf condition once and counts conversations per combination of their values; each
 * metric's condition is then evaluated over those combinations (atoms.ts), which is cheaper than
 * evaluating every condition on every row (docs/storage.md). The CSAT mean and the duration
 * quantiles need the values themselves and come from a second scan over the same scope.
 */
export async function aggregate(
  store: StoreAdapter,
  q: MetricQuery,
  request: AggregateRequest,
): Promise<AggregateRow[]> {
  const ctx = contextOf(store, q);
  const eb = expressionBuilder<Database, 'conversations'>();
  const keys = Object.values(request.keys ?? {}).map((key) => key(eb));
  const keyRefs = keys.map((_, i) => sql.ref(keyColumn(i)));

  const counted = COUNTED.map((p) => p(eb, ctx));
  const keyed = Object.fromEntries(keys.map((key, i) => [keyColumn(i), key]));
  let countScan = countEach(store.db, store.fn.sumIf, scope(store, q), counted, keyed);
  if (request.largestFirst) countScan = countScan.orderBy(sql.ref(column(SEGMENTS.conversations)), 'desc');
  for (const ref of keyRefs) countScan = countScan.orderBy(ref);

  let valueScan = scope(store, q).select([
    ...keys.map((key, i) => key.as(keyColumn(i))),
    ...valueSelections(eb, ctx),
    ...(request.measures?.(eb) ?? []),
  ]);
  if (keys.length > 0) valueScan = valueScan.groupBy(keyRefs);

  // An engine with more than one connection (ClickHouse) runs the two scans side by side.
  const [counts, valueRows] = await Promise.all([
    countScan.execute() as Promise<Row[]>,
    valueScan.execute() as Promise<Row[]>,
  ]);
  const keyValues = (row: Row) => keys.map((_, i) => row[keyColumn(i)] ?? null);
  const valuesByKey = new Map(valueRows.map((row) => [JSON.stringify(keyValues(row)), row]));
  const names = Object.keys(request.keys ?? {});
  return counts.map((row) => {
    const values = keyValues(row);
    const measures = valuesByKey.get(JSON.stringify(values)) ?? {};
    return {
      keys: Object.fromEntries(names.map((name, i) => [name, values[i]])),
      measures,
      aggregate: readAggregate(row, measures),
    };
  });
}

/** What needs each conversation's value rather than a count: the CSAT mean and the duration quantiles. */
function valueSelections(eb: Eb, ctx: DefinitionContext): AliasedRawBuilder<unknown, string>[] {
  const out: AliasedRawBuilder<unknown, string>[] = [
    sql`avg(CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN csat_score END)`.as('csat_mean'),
  ];
  for (const name of DURATION_NAMES) {
    const seconds = sql<
      number | null
    >`CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN ${eb.ref(DURATIONS[name].column)} END`;
    out.push(ctx.fn.quantiles(seconds, [0.5, 0.9]).as(`${name}__quantiles`));
  }
  return out;
}

const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
/** A number read from a result row; null stays null (an average over no rows). */
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
/** Durations are stored in milliseconds and reported in seconds. */
const seconds = (ms: unknown): number | null => (ms === null || ms === undefined ? null : Number(ms) / 1000);

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Shapes a group's counts and values into the API's form. */
function readAggregate(row: Row, values: Row): Aggregate {
  const rates = {} as Record<RateName, Ratio>;
  const count = (p: Predicate) => int(row[column(p)]);
  for (const name of RATE_NAMES) rates[name] = ratio(count(RATES[name].numerator), count(RATES[name].denominator));
  const parts = {} as Record<AbandonmentPart, number>;
  for (const name of partNames) parts[name] = count(ABANDONMENT_PARTS[name]);
  const durations = {} as Record<DurationName, DurationSummary>;
  for (const name of DURATION_NAMES) {
    const [median, p90] = (values[`${name}__quantiles`] as (number | null)[] | null) ?? [null, null];
    durations[name] = { count: count(measured[name]), median: seconds(median), p90: seconds(p90) };
  }
  return {
    conversations: {
      total: count(SEGMENTS.conversations),
      closed: count(SEGMENTS.closed),
      open: count(SEGMENTS.open),
      with_bot: count(SEGMENTS.with_bot),
    },
    rates,
    abandonment_parts: parts,
    csat_mean: num(values['csat_mean']),
    durations,
  };
}
