import { sql } from 'kysely';
import type { StoreAdapter } from '@tandem/store';
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
}

/** Every metric per local day, week or month; buckets without conversations are absent. */
export async function timeseries(store: StoreAdapter, q: MetricQuery): Promise<Bucketed[]> {
  const ctx = contextOf(store, q);
  const rows = await scope(store, q)
    .select((eb) => [
      store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity).as('bucket'),
      ...aggregateSelections(eb, ctx),
    ])
    .groupBy(sql.ref('bucket'))
    .orderBy(sql.ref('bucket'))
    .execute();
  return rows.map((row) => ({ bucket: String(row['bucket' as keyof typeof row]), ...readAggregate(row) }));
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
