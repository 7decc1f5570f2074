import { describe, expect, it } from 'vitest';
import { equalWindows, lift } from './lift.js';

describe('lift', () => {
  it.each([
    // Newcombe (1998), "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17, 873–890, Table II, method 10 (hybrid
    // score), to 4 decimals; the same values are the R package propint's tests (m-Py/propint).
    [{ successes: 48, trials: 80 }, { successes: 56, trials: 70 }, 0.2, 0.0524, 0.3339],
    [{ successes: 3, trials: 10 }, { successes: 9, trials: 10 }, 0.6, 0.1705, 0.809],
  ])('reproduces Newcombe (1998): %o → %o', (before, after, difference, lower, upper) => {
    const result = lift(before, after);
    expect(result.before).toBeCloseTo(before.successes / before.trials, 12);
    expect(result.after).toBeCloseTo(after.successes / after.trials, 12);
    expect(result.difference).toBeCloseTo(difference, 12);
    expect(result.ci![0]).toBeCloseTo(lower, 4);
    expect(result.ci![1]).toBeCloseTo(upper, 4);
  });

  it('is negative, with the interval mirrored, when the rate fell', () => {
    const result = lift({ successes: 56, trials: 70 }, { successes: 48, trials: 80 });
    expect(result.difference).toBeCloseTo(-0.2, 12);
    expect(result.ci![0]).toBeCloseTo(-0.3339, 4);
    expect(result.ci![1]).toBeCloseTo(-0.0524, 4);
  });

  it('gives nulls where a side has no trials', () => {
    expect(lift({ successes: 0, trials: 0 }, { successes: 3, trials: 4 })).toEqual({
      before: null,
      after: 0.75,
      difference: null,
      ci: null,
    });
    expect(lift({ successes: 0, trials: 0 }, { successes: 0, trials: 0 })).toEqual({
      before: null,
      after: null,
      difference: null,
      ci: null,
    });
  });

  it('stays within −1..1 at the extremes', () => {
    const { difference, ci } = lift({ successes: 0, trials: 20 }, { successes: 10, trials: 10 });
    expect(difference).toBe(1);
    expect(ci![0]).toBeGreaterThan(0.6);
    expect(ci![1]).toBeLessThanOrEqual(1);
  });

  it('refuses counts that are not counts', () => {
    expect(() => lift({ successes: 5, trials: 4 }, { successes: 1, trials: 2 })).toThrow(RangeError);
    expect(() => lift({ successes: 1, trials: 2 }, { successes: -1, trials: 2 })).toThrow(RangeError);
    expect(() => lift({ successes: 1.5, trials: 2 }, { successes: 1, trials: 2 })).toThrow(RangeError);
  });
});

describe('equalWindows', () => {
  it('gives two windows of the same whole number of days around the ship date', () => {
    expect(equalWindows('2026-10-01T12:00:00Z', '2026-11-01T00:00:00Z', 14)).toEqual({
      before: ['2026-09-17T12:00:00.000Z', '2026-10-01T12:00:00.000Z'],
      after: ['2026-10-01T12:00:00.000Z', '2026-10-15T12:00:00.000Z'],
    });
  });

  it('cuts the after window at now, to whole days, and the before window with it', () => {
    expect(equalWindows('2026-10-25T12:00:00Z', '2026-11-01T06:00:00Z', 28)).toEqual({
      before: ['2026-10-19T12:00:00.000Z', '2026-10-25T12:00:00.000Z'],
      after: ['2026-10-25T12:00:00.000Z', '2026-10-31T12:00:00.000Z'],
    });
  });

  it('is empty until a full day has passed, and for a ship date after now', () => {
    const empty = (at: string) => ({ before: [at, at], after: [at, at] });
    expect(equalWindows('2026-10-31T12:00:00Z', '2026-11-01T06:00:00Z', 28)).toEqual(empty('2026-10-31T12:00:00.000Z'));
    expect(equalWindows('2026-11-05T00:00:00Z', '2026-11-01T00:00:00Z', 28)).toEqual(empty('2026-11-05T00:00:00.000Z'));
  });

  it('refuses instants it cannot read and a non-positive length', () => {
    expect(() => equalWindows('soon', '2026-11-01T00:00:00Z', 7)).toThrow(RangeError);
    expect(() => equalWindows('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', 0)).toThrow(RangeError);
  });
});
