import { wilsonInterval } from '@tandem/qa';

export interface Proportion {
  successes: number;
  trials: number;
}

export interface Lift {
  before: number | null;
  after: number | null;
  /** after − before; null when either side has no trials. */
  difference: number | null;
  /** 95% interval for the difference; null when either side has no trials. */
  ci: [number, number] | null;
}

function check(name: string, { successes, trials }: Proportion): void {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`lift: ${name}.trials must be a whole number ≥ 0, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`lift: ${name}.successes must be a whole number from 0 to ${trials}, got ${successes}`);
  }
}

/**
 * The change in a rate (containment, CSAT ≥ 4, …) after a suggestion shipped, with the hybrid score
 * interval for the difference of two independent proportions: method 10 of Newcombe (1998),
 * "Interval estimation for the difference between independent proportions: comparison of eleven
 * methods", Statistics in Medicine 17, 873–890. With Wilson intervals (l₁, u₁) for after and
 * (l₂, u₂) for before, the interval is d − √((p₁ − l₁)² + (u₂ − p₂)²) to d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * It keeps good coverage with small counts and rates near 0 or 1, where the Wald interval does not.
 */
export function lift(before: Proportion, after: Proportion): Lift {
  check('before', before);
  check('after', after);
  const p2 = before.trials === 0 ? null : before.successes / before.trials;
  const p1 = after.trials === 0 ? null : after.successes / after.trials;
  if (p1 === null || p2 === null) return { before: p2, after: p1, difference: null, ci: null };
  const [l1, u1] = wilsonInterval(after.successes, after.trials)!;
  const [l2, u2] = wilsonInterval(before.successes, before.trials)!;
  const difference = p1 - p2;
  const lower = difference - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2);
  const upper = difference + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2);
  return { before: p2, after: p1, difference, ci: [lower, upper] };
}

const DAY_MS = 86_400_000;

/** Local days, both included, as the metrics API takes them (`YYYY-MM-DD`). */
export interface DayWindow {
  from: string;
  to: string;
}

export interface Windows {
  days: number;
  before: DayWindow;
  after: DayWindow;
}

const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Equal before/after windows of whole local days around a ship date: `after` starts on the ship day,
 * `before` ends the day before, each `days` long, at most `maxDays` and only days that have ended
 * (`today` is not yet one). Whole days, so both windows hold the same hours, and the same weekdays
 * when the length is a multiple of seven; null until a full day has passed since shipping.
 */
export function equalWindows(shippedOn: string, today: string, maxDays: number): Windows | null {
  const shipped = Date.parse(shippedOn);
  const now = Date.parse(today);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(shippedOn) || Number.isNaN(shipped)) {
    throw new RangeError(`equalWindows: shippedOn must be a date, YYYY-MM-DD; got ${shippedOn}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(now)) {
    throw new RangeError(`equalWindows: today must be a date, YYYY-MM-DD; got ${today}`);
  }
  if (!Number.isInteger(maxDays) || maxDays <= 0) {
    throw new RangeError(`equalWindows: maxDays must be a whole number above 0, got ${maxDays}`);
  }
  const days = Math.min(maxDays, Math.round((now - shipped) / DAY_MS));
  if (days < 1) return null;
  return {
    days,
    before: { from: addDays(shippedOn, -days), to: addDays(shippedOn, -1) },
    after: { from: shippedOn, to: addDays(shippedOn, days - 1) },
  };
}
