import type { Granularity } from '../api/types.js';
import type { Messages } from '../i18n/en.js';
import { addDays, daysOf } from './days.js';
import { formatDay } from './instants.js';
import type { Locale } from './numbers.js';

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** The first day of the day, ISO week (Monday) or month holding `day`, as the service names buckets. */
export function bucketStart(day: string, granularity: Granularity): string {
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  if (granularity === 'week') return addDays(day, -((weekday(day) + 6) % 7));
  return day;
}

/**
 * Every bucket that overlaps the window, so that one without escalations still gets its place on a
 * chart; the first may start before `from`, as the service's does.
 */
export function bucketsOf(from: string, to: string, granularity: Granularity): string[] {
  if (granularity === 'day') return daysOf(from, to);
  const buckets: string[] = [];
  for (let b = bucketStart(from, granularity); b <= to;) {
    buckets.push(b);
    b = granularity === 'week' ? addDays(b, 7) : bucketStart(addDays(b, 31), 'month');
  }
  return buckets;
}

/** "Mar 2, 2026", "Week of Mar 2, 2026" or "Mar 2026", in the page's language. */
export function formatBucket(bucket: string, granularity: Granularity, t: Messages, locale: Locale): string {
  if (granularity === 'week') return t.charts.weekOf(formatDay(bucket, locale));
  if (granularity === 'month') {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${bucket}T12:00:00Z`),
    );
  }
  return formatDay(bucket, locale);
}
