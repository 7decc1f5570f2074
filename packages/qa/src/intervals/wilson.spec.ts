import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('reproduces Newcombe (1998) for %i of %i', (successes, trials, lower, upper) => {
    // Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17, 857–872: illustrative 95% intervals, method 3 (score
    // interval without continuity correction), published to 4 decimals.
    const interval = wilsonInterval(successes, trials);
    expect(interval).not.toBeNull();
    expect(interval![0]).toBeCloseTo(lower, 4);
    expect(interval![1]).toBeCloseTo(upper, 4);
  });

  it('ends exactly at 0 with no successes and exactly at 1 with all of them', () => {
    expect(wilsonInterval(0, 7)![0]).toBe(0);
    expect(wilsonInterval(7, 7)![1]).toBe(1);
    const [lower, upper] = wilsonInterval(0, 1)!;
    expect(lower).toBe(0);
    expect(upper).toBeGreaterThan(0);
    expect(upper).toBeLessThan(1);
  });

  it('is null with no trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('narrows as z falls', () => {
    const [lower95, upper95] = wilsonInterval(30, 100)!;
    const [lower90, upper90] = wilsonInterval(30, 100, 1.6448536269514722)!;
    expect(lower90).toBeGreaterThan(lower95);
    expect(upper90).toBeLessThan(upper95);
  });

  it('refuses counts that are not counts', () => {
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 0)).toThrow(RangeError);
  });
});
