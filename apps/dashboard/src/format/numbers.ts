// Every number on screen goes through these, so a value and its CSV read the same way in each language.
// Missing values show as a dash: a rate without a denominator is unknown, not zero.

export const MISSING = '—';

export type Locale = 'en' | 'zh-CN';

export function formatInteger(value: number | null, locale: Locale): string {
  return value === null ? MISSING : new Intl.NumberFormat(locale).format(value);
}

export function formatRate(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

export function formatMean(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Seconds in the largest unit that keeps the number readable: 45 s, 2.5 min, 1.2 h. */
export function formatDuration(seconds: number | null, locale: Locale): string {
  if (seconds === null) return MISSING;
  const [value, unit] =
    seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [seconds / 60, 'minute'] : [seconds / 3600, 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    value,
  );
}

/** A change of a rate, in percentage points: the difference of two shares, never a ratio of them. */
export function formatPointChange(points: number | null, locale: Locale, unit: string): string {
  if (points === null) return MISSING;
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(points * 100);
  return `${number} ${unit}`;
}

/** A relative change of a count or a duration, as a signed percentage. */
export function formatRelativeChange(change: number | null, locale: Locale): string {
  if (change === null) return MISSING;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change);
}

/** An amount in the workspace's currency, with the symbol and decimals each language uses for it. */
export function formatMoney(value: number | null, currency: string, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

/** A sentiment in [-1, 1] or a change of one, signed so that a shift towards negative reads as one. */
export function formatSentiment(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A QA score, 0–100, with one decimal. */
export function formatScore(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A confidence interval as "low–high", each bound written by `format`; a dash when there is none. */
export function formatInterval(
  interval: [number, number] | null,
  format: (value: number, locale: Locale) => string,
  locale: Locale,
): string {
  return interval === null ? MISSING : `${format(interval[0], locale)}–${format(interval[1], locale)}`;
}

/** An agreement coefficient (κ, α), with three decimals: the thresholds it is read against have three. */
export function formatAgreement(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
}

/** A difference of QA scores, in points, signed. */
export function formatScoreChange(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A plain number with one decimal: conversations a week, an impact score. */
export function formatDecimal(value: number | null, locale: Locale): string {
  if (value === null) return MISSING;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
