import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import { aggregate, type Aggregate } from './aggregate.js';
import { SEGMENTS, type Predicate } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

type Eb = ExpressionBuilder<Database, 'conversations'>;

export const BREAKDOWN_DIMENSIONS = ['channel', 'scenario', 'queue', 'locale'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** Every metric over the whole window. */
export async function overview(store: StoreAdapter, q: MetricQuery): Promise<Aggregate> {
  const [row] = await aggregate(store, q, {});
  return row!.aggregate;
}

export interface Bucketed extends Aggregate {
  bucket: string;
  /** The value of the `by` dimension, when the series is split by one. */
  key?: string | null;
}

/** Every metric per local day, week or month, optionally split by a dimension; empty buckets are absent. */
export async function timeseries(store: StoreAdapter, q: MetricQuery, by?: BreakdownDimension): Promise<Bucketed[]> {
  const bucket = (eb: Eb) => store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity);
  const rows = await aggregate(store, q, {
    keys: by ? { bucket, key: (eb: Eb) => eb.ref(by) } : { bucket },
  });
  return rows.map((row) => ({
    bucket: String(row.keys['bucket']),
    ...(by ? { key: (row.keys['key'] as string | null) ?? null } : {}),
    ...row.aggregate,
  }));
}

export interface Grouped extends Aggregate {
  key: string | null;
}

/** Every metric per value of one dimension, largest groups first. */
export async function breakdown(store: StoreAdapter, q: MetricQuery, by: BreakdownDimension): Promise<Grouped[]> {
  const rows = await aggregate(store, q, { keys: { key: (eb: Eb) => eb.ref(by) }, largestFirst: true });
  return rows.map((row) => ({ key: (row.keys['key'] as string | null) ?? null, ...row.aggregate }));
}

export interface HeatmapCell {
  /** ISO day of the week in the query's zone, Monday = 1. */
  weekday: number;
  /** Hour of the day in the query's zone, 0–23. */
  hour: number;
  conversations: number;
  with_bot: number;
}

/** Conversations and the bot's share of them by local weekday and hour of their start; empty cells are absent. */
export async function heatmap(store: StoreAdapter, q: MetricQuery): Promise<HeatmapCell[]> {
  const ctx = contextOf(store, q);
  const count = (eb: Eb, p: Predicate) => store.fn.countIf(p(eb, ctx));
  const rows = await scope(store, q)
    .select((eb) => [
      store.fn.localWeekday(eb.ref('started_at'), q.tz).as('weekday'),
      store.fn.localHour(eb.ref('started_at'), q.tz).as('hour'),
      count(eb, SEGMENTS.conversations).as('conversations'),
      count(eb, SEGMENTS.with_bot).as('with_bot'),
    ])
    .groupBy([sql.ref('weekday'), sql.ref('hour')])
    .orderBy(sql.ref('weekday'))
    .orderBy(sql.ref('hour'))
    .execute();
  return rows.map((row) => ({
    weekday: Number(row.weekday),
    hour: Number(row.hour),
    conversations: Number(row.conversations),
    with_bot: Number(row.with_bot),
  }));
}

export type DimensionValues = Record<BreakdownDimension, string[]>;

/**
 * The values of each dimension seen in the window, most frequent first: what a filter can offer.
 * The query's own filters are ignored, so choosing one value never hides the others.
 */
export async function dimensionValues(store: StoreAdapter, q: MetricQuery): Promise<DimensionValues> {
  const unfiltered: MetricQuery = { ...q, filters: {} };
  const values = {} as DimensionValues;
  for (const by of BREAKDOWN_DIMENSIONS) {
    const rows = await scope(store, unfiltered)
      .select((eb) => eb.ref(by).as('value'))
      .where(by, 'is not', null)
      .groupBy(by)
      .orderBy(sql`count(*)`, 'desc')
      .orderBy(by)
      .execute();
    values[by] = rows.map((row) => String(row.value));
  }
  return values;
}
