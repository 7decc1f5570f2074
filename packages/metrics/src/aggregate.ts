import { sql, type AliasedRawBuilder, type ExpressionBuilder } from 'kysely';
import type { Database } from '@tandem/store';
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

/**
 * Every distinct condition counted by some metric, once: many rates share a denominator (all of
 * the ladder divides by bot-involved), and counting each condition once halves the scan's work.
 */
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
const column = (p: Predicate) => `n${COUNTED.indexOf(p)}`;

/** The select list computing every metric at once; grouped or not, it is the same definitions. */
export function aggregateSelections(eb: Eb, ctx: DefinitionContext): AliasedRawBuilder<unknown, string>[] {
  const out: AliasedRawBuilder<unknown, string>[] = COUNTED.map((p) => ctx.fn.countIf(p(eb, ctx)).as(column(p)));
  out.push(sql`avg(CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN csat_score END)`.as('csat_mean'));
  for (const name of DURATION_NAMES) {
    const seconds = sql<
      number | null
    >`CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN ${eb.ref(DURATIONS[name].column)} END`;
    out.push(ctx.fn.quantiles(seconds, [0.5, 0.9]).as(`${name}__quantiles`));
  }
  return out;
}

const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
/** Durations are stored in milliseconds and reported in seconds. */
const seconds = (ms: unknown): number | null => (ms === null || ms === undefined ? null : Number(ms) / 1000);

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Shapes one result row of `aggregateSelections` into the API's form. */
export function readAggregate(row: Row): Aggregate {
  const rates = {} as Record<RateName, Ratio>;
  const count = (p: Predicate) => int(row[column(p)]);
  for (const name of RATE_NAMES) rates[name] = ratio(count(RATES[name].numerator), count(RATES[name].denominator));
  const parts = {} as Record<AbandonmentPart, number>;
  for (const name of partNames) parts[name] = count(ABANDONMENT_PARTS[name]);
  const durations = {} as Record<DurationName, DurationSummary>;
  for (const name of DURATION_NAMES) {
    const [median, p90] = (row[`${name}__quantiles`] as (number | null)[] | null) ?? [null, null];
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
    csat_mean: num(row['csat_mean']),
    durations,
  };
}
