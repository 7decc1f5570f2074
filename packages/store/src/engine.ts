import type { Expression, RawBuilder, SqlBool } from 'kysely';

export type Granularity = 'day' | 'week' | 'month';

/**
 * The small, named set of things engines spell differently. Metric code builds everything else with
 * plain Kysely; whatever is engine-specific goes through here.
 */
export interface EngineFunctions {
  /** First local day (`YYYY-MM-DD`) of the day, ISO week or month holding a UTC instant, in zone `tz`. */
  localBucket(instant: Expression<string | null>, tz: string, granularity: Granularity): RawBuilder<string>;
  /** Hour of the day, 0–23, of a UTC instant read as wall-clock time in zone `tz`. */
  localHour(instant: Expression<string | null>, tz: string): RawBuilder<number>;
  /** ISO day of the week, Monday = 1 … Sunday = 7, of a UTC instant read in zone `tz`. */
  localWeekday(instant: Expression<string | null>, tz: string): RawBuilder<number>;
  /** How many rows of the group satisfy `condition`. */
  countIf(condition: Expression<SqlBool>): RawBuilder<number>;
  /** The sum of `value` over the rows of the group that satisfy `condition`; 0 when none do. */
  sumIf(value: Expression<number>, condition: Expression<SqlBool>): RawBuilder<number>;
  /**
   * Quantiles with linear interpolation between closest ranks (numpy's default), nulls ignored,
   * one per entry of `ps`; null, or a null per entry, when there is no value.
   */
  quantiles(value: Expression<number | null>, ps: readonly number[]): RawBuilder<(number | null)[] | null>;
  /** The group's `value` on the row where `by` is greatest (the latest, for a time). */
  argMax<T>(value: Expression<T>, by: Expression<unknown>): RawBuilder<T>;
  /** True when the array column holds at least one element (false for a missing one). */
  arrayNotEmpty(column: Expression<string[] | null>): RawBuilder<boolean>;
  /** One row per element of the array column, in a select list. */
  unnest<T>(column: Expression<T[] | null>): RawBuilder<T>;
  /** True when the array column holds at least one of `values`. */
  arrayOverlaps(column: Expression<string[]>, values: readonly string[]): RawBuilder<boolean>;
}
