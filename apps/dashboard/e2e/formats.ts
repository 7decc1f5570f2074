/**
 * How the dashboard promises to write numbers (docs/dashboard.md), spelled out independently of its
 * code so that a test compares the screen with values computed by hand.
 */
export function percent(numerator: number, denominator: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    numerator / denominator,
  );
}

export function integer(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function duration(seconds: number, locale: string): string {
  const [value, unit] =
    seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A QA score, 0–100, with one decimal. */
export function score(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A sentiment, signed, with two decimals. */
export function sentiment(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A change of a rate in percentage points, signed, with one decimal, then the unit: "+17.5 pp". */
export function points(change: number, locale: string, unit: string): string {
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change * 100);
  return `${number} ${unit}`;
}

/** A local day ('YYYY-MM-DD'), in the medium date style. */
export function day(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${value}T12:00:00Z`),
  );
}
