import { sql, type Expression } from 'kysely';
import type { EngineFunctions } from '@tandem/store';

/** Instants are stored as UTC `TIMESTAMP`s; this reads one as wall-clock time in `tz`. */
const local = (instant: Expression<string | null>, tz: string) => sql`timezone(${tz}, timezone('UTC', ${instant}))`;

export const duckDbFunctions: EngineFunctions = {
  localBucket: (instant, tz, granularity) =>
    sql<string>`strftime(date_trunc(${sql.lit(granularity)}, ${local(instant, tz)}), '%Y-%m-%d')`,
  localHour: (instant, tz) => sql<number>`hour(${local(instant, tz)})`,
  localWeekday: (instant, tz) => sql<number>`isodow(${local(instant, tz)})`,
  secondsBetween: (from, to) => sql<number | null>`(epoch(${to}) - epoch(${from}))`,
  addHours: (instant, hours) => sql<string | null>`(${instant} + to_hours(CAST(${hours} AS BIGINT)))`,
  countIf: (condition) => sql<number>`count(*) FILTER (WHERE ${condition})`,
  quantile: (value, p) => sql<number | null>`quantile_cont(${value}, ${sql.lit(p)})`,
  arrayOverlaps: (column, values) => sql<boolean>`list_has_any(${column}, ${sql.val(values)}::VARCHAR[])`,
};
