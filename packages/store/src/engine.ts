import type { Expression, RawBuilder, SqlBool } from 'kysely';

export type Granularity = 'day' | 'week' | 'month';

/**
 * The small, named set of things engines spell differently. Metric code builds everything else with
 * plain Kysely; whatever is engine-specific goes through here.
 */
export interface EngineFunctions {
  /** First local day (`YYYY-MM-DD`) of the day, ISO week or month holding a UTC instant, in zone `tz`. */
  localBucket(instant: Expression<string | null>, tz: string, granularity: Granularity): RawBuilder<string>;
  /** Local hour of day, 0–23. */
  localHour(instant: Expression<string | null>, tz: string): RawBuilder<number>;
  /** Local ISO weekday, 1 = Monday … 7 = Sunday. */
  localWeekday(instant: Expression<string | null>, tz: string): RawBuilder<number>;
  /** Seconds from `from` to `to` (fractional), null when either is null. */
  secondsBetween(from: Expression<string | null>, to: Expression<string | null>): RawBuilder<number | null>;
  /** `instant` plus a number of hours. */
  addHours(instant: Expression<string | null>, hours: number): RawBuilder<string | null>;
  /** How many rows of the group satisfy `condition`. */
  countIf(condition: Expression<SqlBool>): RawBuilder<number>;
  /** Quantile with linear interpolation between closest ranks (numpy's default); nulls ignored. */
  quantile(value: Expression<number | null>, p: number): RawBuilder<number | null>;
  /** True when the array column holds at least one of `values`. */
  arrayOverlaps(column: Expression<string[]>, values: readonly string[]): RawBuilder<boolean>;
}
