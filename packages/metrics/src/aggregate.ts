import { sql, type AliasedRawBuilder, type ExpressionBuilder } from 'kysely';
import type { Database } from '@tandem/store';
import {
  ABANDONMENT_PARTS,
  DURATIONS,
  durationMeasured,
  RATES,
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

const countIf = (eb: Eb, ctx: DefinitionContext, p: Predicate) => ctx.fn.countIf(p(eb, ctx));

const rateNames = Object.keys(RATES) as RateName[];
const partNames = Object.keys(ABANDONMENT_PARTS) as AbandonmentPart[];
const durationNames = Object.keys(DURATIONS) as DurationName[];

/** The select list computing every metric at once; grouped or not, it is the same definitions. */
export function aggregateSelections(eb: Eb, ctx: DefinitionContext): AliasedRawBuilder<unknown, string>[] {
  const out: AliasedRawBuilder<unknown, string>[] = [
    countIf(eb, ctx, SEGMENTS.conversations).as('n_total'),
    countIf(eb, ctx, SEGMENTS.closed).as('n_closed'),
    countIf(eb, ctx, SEGMENTS.open).as('n_open'),
    countIf(eb, ctx, SEGMENTS.with_bot).as('n_with_bot'),
    sql`avg(CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN csat_score END)`.as('csat_mean'),
  ];
  for (const name of rateNames) {
    out.push(countIf(eb, ctx, RATES[name].numerator).as(`${name}__num`));
    out.push(countIf(eb, ctx, RATES[name].denominator).as(`${name}__den`));
  }
  for (const name of partNames) out.push(countIf(eb, ctx, ABANDONMENT_PARTS[name]).as(`abandon_${name}`));
  for (const name of durationNames) {
    const d = DURATIONS[name];
    const measured = durationMeasured(d);
    const seconds = sql<
      number | null
    >`CASE WHEN ${measured(eb, ctx)} THEN ${ctx.fn.secondsBetween(eb.ref(d.from), eb.ref(d.to))} END`;
    out.push(countIf(eb, ctx, measured).as(`${name}__count`));
    out.push(ctx.fn.quantile(seconds, 0.5).as(`${name}__median`));
    out.push(ctx.fn.quantile(seconds, 0.9).as(`${name}__p90`));
  }
  return out;
}

const int = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Shapes one result row of `aggregateSelections` into the API's form. */
export function readAggregate(row: Row): Aggregate {
  const rates = {} as Record<RateName, Ratio>;
  for (const name of rateNames) rates[name] = ratio(int(row[`${name}__num`]), int(row[`${name}__den`]));
  const parts = {} as Record<AbandonmentPart, number>;
  for (const name of partNames) parts[name] = int(row[`abandon_${name}`]);
  const durations = {} as Record<DurationName, DurationSummary>;
  for (const name of durationNames) {
    durations[name] = {
      count: int(row[`${name}__count`]),
      median: num(row[`${name}__median`]),
      p90: num(row[`${name}__p90`]),
    };
  }
  return {
    conversations: {
      total: int(row['n_total']),
      closed: int(row['n_closed']),
      open: int(row['n_open']),
      with_bot: int(row['n_with_bot']),
    },
    rates,
    abandonment_parts: parts,
    csat_mean: num(row['csat_mean']),
    durations,
  };
}
