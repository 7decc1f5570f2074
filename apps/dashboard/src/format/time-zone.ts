/** Whether this browser knows the zone; Intl throws on an unknown one, which would take the page down. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * The first usable zone among the candidates, for formatting only: a zone the address names but
 * nobody knows is still sent to the service, whose 400 then says what is wrong with it.
 */
export function firstZone(...candidates: (string | null | undefined)[]): string {
  return candidates.find((tz): tz is string => typeof tz === 'string' && isTimeZone(tz)) ?? 'UTC';
}
