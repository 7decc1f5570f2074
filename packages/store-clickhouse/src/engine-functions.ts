import { sql, type Expression, type RawBuilder } from 'kysely';
import type { EngineFunctions } from '@tandem/store';

/** An instant, stored as a UTC ISO string (docs/clickhouse.md), as a DateTime (whole seconds suffice here). */
const dateTime = (instant: Expression<string | null>) => sql`parseDateTimeBestEffort(${instant})`;

/** The local calendar day of a UTC instant in zone `tz`. */
const localDay = (instant: Expression<string | null>, tz: string) => sql`toDate(${dateTime(instant)}, ${sql.lit(tz)})`;

/**
 * Linear interpolation between closest ranks (numpy's default) over the sorted non-null values,
 * 1-based as ClickHouse arrays are; the sort is repeated per quantile, since 18.16 has no WITH for
 * an aggregate inside an expression. An empty group gives a null per quantile (arrays cannot be null).
 * Not yet measured against `quantilesExact` on large groups.
 */
function quantiles(value: Expression<number | null>, ps: readonly number[]): RawBuilder<(number | null)[] | null> {
  const xs = sql`arraySort(groupArray(${value}))`;
  const n = sql`length(${xs})`;
  const at = (p: number) => {
    const h = sql`((${n} - 1) * ${sql.lit(p)})`;
    const low = sql`toUInt64(floor(${h}) + 1)`;
    const high = sql`least(toUInt64(floor(${h}) + 2), ${n})`;
    return sql`${xs}[${low}] + (${h} - floor(${h})) * (${xs}[${high}] - ${xs}[${low}])`;
  };
  // Out-of-range indexes read as 0 in ClickHouse, so an empty group computes 0s that the `if` discards.
  return sql<(number | null)[] | null>`[${sql.join(ps.map((p) => sql`if(${n} = 0, NULL, ${at(p)})`))}]`;
}

/** ClickHouse's spelling of the engine functions (packages/store/src/engine.ts). */
export const clickHouseFunctions: EngineFunctions = {
  localBucket: (instant, tz, granularity) => {
    const day = localDay(instant, tz);
    if (granularity === 'day') return sql<string>`toString(${day})`;
    if (granularity === 'week') return sql<string>`toString(toMonday(${day}))`;
    return sql<string>`toString(toStartOfMonth(${day}))`;
  },
  // Widened from UInt8, which this store reads as a boolean.
  localHour: (instant, tz) => sql<number>`toInt32(toHour(${dateTime(instant)}, ${sql.lit(tz)}))`,
  localWeekday: (instant, tz) => sql<number>`toInt32(toDayOfWeek(${dateTime(instant)}, ${sql.lit(tz)}))`,
  countIf: (condition) => sql<number>`countIf(${condition})`,
  sumIf: (value, condition) => sql<number>`ifNull(sumIf(${value}, ${condition}), 0)`,
  quantiles,
  argMax: <T>(value: Expression<T>, by: Expression<unknown>) => sql<T>`argMax(${value}, ${by})`,
  arrayNotEmpty: (column) => sql<boolean>`notEmpty(${column})`,
  unnest: <T>(column: Expression<T[] | null>) => sql<T>`arrayJoin(${column})`,
  arrayOverlaps: (column, values) => sql<boolean>`hasAny(${column}, ${sql.val(values)})`,
};
