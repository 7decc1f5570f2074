/** Local calendar arithmetic without a date library: Intl knows every IANA zone. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * The canonical IANA name of a zone (`asia/shanghai` → `Asia/Shanghai`), or null for anything else.
 * Offsets such as `+08:00` are refused: they have no daylight-saving rules, and the stores' zone
 * databases do not all take them.
 */
export function canonicalTimeZone(tz: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return null;
  try {
    return formatter(tz).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Offset of `tz` from UTC at instant `ms`, in milliseconds (positive east of Greenwich). */
function offsetAt(ms: number, tz: string): number {
  const parts = Object.fromEntries(
    formatter(tz)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(
    +parts['year']!,
    +parts['month']! - 1,
    +parts['day']!,
    +parts['hour']!,
    +parts['minute']!,
    +parts['second']!,
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant at which local date `date` (YYYY-MM-DD) begins in `tz`. */
export function startOfLocalDay(date: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // Two guesses cover days whose offset changes near midnight; where clocks jump over midnight
  // (Santiago, Cairo) local midnight never happens and the day starts at the jump, so the earliest
  // guess that still falls on `date` wins.
  const first = wall - offsetAt(wall, tz);
  const second = wall - offsetAt(first, tz);
  const onDate = [first, second].filter((ms) => localDate(ms, tz) === date);
  return new Date(Math.min(...(onDate.length > 0 ? onDate : [second])));
}

/** The local date (YYYY-MM-DD) following `date`. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Today's local date in `tz` at instant `now`. */
export function localDate(now: number, tz: string): string {
  return new Date(now + offsetAt(now, tz)).toISOString().slice(0, 10);
}
