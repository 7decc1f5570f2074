import { sql, type Expression } from 'kysely';
import type { EngineFunctions } from '@tandem/store';

/** Instants are stored as UTC `TIMESTAMP`s; this reads one as wall-clock time in `tz`. */
const local = (instant: Expression<string | null>, tz: string) => sql`timezone(${tz}, timezone('UTC', ${instant}))`;

export const duckDbFunctions: EngineFunctions = {
  localBucket: (instant, tz, granularity) =>
    sql<string>`strftime(date_trunc(${sql.lit(granularity)}, ${local(instant, tz)}), '%Y-%m-%d')`,
  localHour: (instant, tz) => sql<number>`hour(${local(instant, tz)})::INTEGER`,
  localWeekday: (instant, tz) => sql<number>`isodow(${local(instant, tz)})::INTEGER`,
  // Measured over 1M conversations: count_if beats both sums of CASE and FILTER clauses (several
  // times faster than FILTER when dozens share one scan).
  countIf: (condition) => sql<number>`count_if(${condition})`,
  // Used over a few hundred rows (the combinations of metrics' leaf conditions), where FILTER's cost
  // does not show.
  sumIf: (value, condition) => sql<number>`coalesce(sum(${value}) FILTER (WHERE ${condition}), 0)`,
  quantiles: (value, ps) =>
    sql<(number | null)[] | null>`quantile_cont(${value}, [${sql.join(ps.map((p) => sql.lit(p)))}])`,
  argMax: <T>(value: Expression<T>, by: Expression<unknown>) => sql<T>`arg_max(${value}, ${by})`,
  arrayNotEmpty: (column) => sql<boolean>`len(coalesce(${column}, [])) > 0`,
  unnest: <T>(column: Expression<T[] | null>) => sql<T>`unnest(${column})`,
  arrayOverlaps: (column, values) => sql<boolean>`list_has_any(${column}, ${sql.val(values)}::VARCHAR[])`,
};
