import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import { aggregateSelections, readAggregate, type Aggregate } from './aggregate.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

export const BREAKDOWN_DIMENSIONS = ['channel', 'scenario', 'queue', 'locale'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** Every metric over the whole window. */
export async function overview(store: StoreAdapter, q: MetricQuery): Promise<Aggregate> {
  const ctx = contextOf(store, q);
  const row = await scope(store, q)
    .select((eb) => aggregateSelections(eb, ctx))
    .executeTakeFirstOrThrow();
  return readAggregate(row);
}

export interface Bucketed extends Aggregate {
  bucket: string;
  /** The value of the `by` dimension, when the series is split by one. */
  key?: string | null;
}

/** Every metric per local day, week or month, optionally split by a dimension; empty buckets are absent. */
export async function timeseries(store: StoreAdapter, q: MetricQuery, by?: BreakdownDimension): Promise<Bucketed[]> {
  const ctx = contextOf(store, q);
  const bucket = (eb: ExpressionBuilder<Database, 'conversations'>) =>
    store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity).as('bucket');
  if (!by) {
    const rows = await scope(store, q)
      .select((eb) => [bucket(eb), ...aggregateSelections(eb, ctx)])
      .groupBy(sql.ref('bucket'))
      .orderBy(sql.ref('bucket'))
      .execute();
    return rows.map((row) => ({ bucket: String(row['bucket' as keyof typeof row]), ...readAggregate(row) }));
  }
  const rows = await scope(store, q)
    .select((eb) => [bucket(eb), eb.ref(by).as('key'), ...aggregateSelections(eb, ctx)])
    .groupBy([sql.ref('bucket'), by])
    .orderBy(sql.ref('bucket'))
    .orderBy(by)
    .execute();
  return rows.map((row) => ({
    bucket: String(row['bucket' as keyof typeof row]),
    key: (row['key' as keyof typeof row] as string | null) ?? null,
    ...readAggregate(row),
  }));
}

export interface Grouped extends Aggregate {
  key: string | null;
}

/** Every metric per value of one dimension, largest groups first. */
export async function breakdown(store: StoreAdapter, q: MetricQuery, by: BreakdownDimension): Promise<Grouped[]> {
  const ctx = contextOf(store, q);
  const rows = await scope(store, q)
    .select((eb) => [eb.ref(by).as('key'), ...aggregateSelections(eb, ctx)])
    .groupBy(by)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(by)
    .execute();
  return rows.map((row) => ({ key: (row['key' as keyof typeof row] as string | null) ?? null, ...readAggregate(row) }));
}
