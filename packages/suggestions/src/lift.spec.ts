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
  it('gives two windows of the same whole number of local days around the ship day', () => {
    // Shipped 1 October, today 1 November: 31 days have ended, capped at 14.
    expect(equalWindows('2026-10-01', '2026-11-01', 14)).toEqual({
      days: 14,
      before: { from: '2026-09-17', to: '2026-09-30' },
      after: { from: '2026-10-01', to: '2026-10-14' },
    });
  });

  it('counts only the days that have ended, and the before window with them', () => {
    // Shipped 25 October, today 1 November: 25 … 31 October, seven days.
    expect(equalWindows('2026-10-25', '2026-11-01', 28)).toEqual({
      days: 7,
      before: { from: '2026-10-18', to: '2026-10-24' },
      after: { from: '2026-10-25', to: '2026-10-31' },
    });
  });

  it('has nothing to compare on the ship day or before it', () => {
    expect(equalWindows('2026-11-01', '2026-11-01', 28)).toBeNull();
    expect(equalWindows('2026-11-05', '2026-11-01', 28)).toBeNull();
  });

  it('refuses dates it cannot read and a length that is not a whole positive number', () => {
    expect(() => equalWindows('soon', '2026-11-01', 7)).toThrow(RangeError);
    expect(() => equalWindows('2026-10-01T00:00:00Z', '2026-11-01', 7)).toThrow(RangeError);
    expect(() => equalWindows('2026-10-01', '2026-11-01', 0)).toThrow(RangeError);
  });
});
