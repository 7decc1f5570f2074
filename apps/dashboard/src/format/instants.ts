import { MISSING, type Locale } from './numbers.js';

/** A local day of the API ('YYYY-MM-DD'); formatted at noon UTC so no zone can move it to another date. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** An instant, on the wall clock of the zone the view is in. */
export function formatInstant(iso: string | null, locale: Locale, tz: string): string {
  if (iso === null) return MISSING;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: tz }).format(
    new Date(iso),
  );
}
