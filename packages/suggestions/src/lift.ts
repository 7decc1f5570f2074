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

export interface Windows {
  /** [from, to): ISO instants. */
  before: [string, string];
  after: [string, string];
}

/**
 * Equal before/after windows around a ship date: `after` starts at `shippedAt` and runs whole days,
 * at most `maxDays` and never past `now`; `before` is as many days ending at `shippedAt`. Whole days,
 * so both windows hold the same hours of the day and the same mix of weekdays when the length is a
 * multiple of seven; until a full day has passed both are empty (and `lift` gives nulls).
 */
export function equalWindows(shippedAt: string, now: string, maxDays: number): Windows {
  const shipped = Date.parse(shippedAt);
  const end = Date.parse(now);
  if (Number.isNaN(shipped))
    throw new RangeError(`equalWindows: shippedAt must be an ISO 8601 instant, got ${shippedAt}`);
  if (Number.isNaN(end)) throw new RangeError(`equalWindows: now must be an ISO 8601 instant, got ${now}`);
  if (!Number.isFinite(maxDays) || maxDays <= 0) {
    throw new RangeError(`equalWindows: maxDays must be a number above 0, got ${maxDays}`);
  }
  const days = Math.max(0, Math.min(Math.floor(maxDays), Math.floor((end - shipped) / DAY_MS)));
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    before: [iso(shipped - days * DAY_MS), iso(shipped)],
    after: [iso(shipped), iso(shipped + days * DAY_MS)],
  };
}
