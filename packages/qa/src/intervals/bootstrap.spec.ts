import { describe, expect, it } from 'vitest';
import { seededStream } from '../random.js';
import { bootstrapMeanInterval } from './bootstrap.js';

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** A deterministic normal sample by the Box–Muller transform, for comparing with normal theory. */
function normalSample(size: number, seed: number, centre: number, spread: number): number[] {
  const next = seededStream(seed);
  return Array.from(
    { length: size },
    () => centre + spread * Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()),
  );
}

const scores = [72, 85, 91, 64, 78, 88, 95, 70, 81, 77, 69, 90, 84, 73, 98];

describe('bootstrapMeanInterval', () => {
  it('gives the same interval for the same seed', () => {
    expect(bootstrapMeanInterval(scores, { seed: 42 })).toEqual(bootstrapMeanInterval(scores, { seed: 42 }));
    expect(bootstrapMeanInterval(scores, { seed: 42 })).not.toEqual(bootstrapMeanInterval(scores, { seed: 43 }));
  });

  it('contains the sample mean', () => {
    const [lower, upper] = bootstrapMeanInterval(scores, { seed: 1 })!;
    expect(lower).toBeLessThan(mean(scores));
    expect(upper).toBeGreaterThan(mean(scores));
  });

  it('narrows as the level falls', () => {
    const [lower95, upper95] = bootstrapMeanInterval(scores, { seed: 7 })!;
    const [lower80, upper80] = bootstrapMeanInterval(scores, { seed: 7, level: 0.8 })!;
    expect(lower80).toBeGreaterThan(lower95);
    expect(upper80).toBeLessThan(upper95);
  });

  it('is degenerate when every value is the same', () => {
    const [lower, upper] = bootstrapMeanInterval([0.8, 0.8, 0.8, 0.8], { seed: 3 })!;
    expect(lower).toBe(upper);
    expect(lower).toBeCloseTo(0.8, 12);
  });

  it('is null with no values and [v, v] for a single value', () => {
    expect(bootstrapMeanInterval([], { seed: 1 })).toBeNull();
    expect(bootstrapMeanInterval([4.5], { seed: 1 })).toEqual([4.5, 4.5]);
  });

  it('agrees with the normal-theory interval for a large normal sample', () => {
    // An independent check: for a large sample the mean is close to normal, so the percentile interval
    // should sit within 10% of mean ± 1.96 · sd / √n.
    const sample = normalSample(400, 2024, 70, 12);
    const m = mean(sample);
    const sd = Math.sqrt(sample.reduce((sum, value) => sum + (value - m) ** 2, 0) / (sample.length - 1));
    const halfWidth = (1.959963984540054 * sd) / Math.sqrt(sample.length);
    const [lower, upper] = bootstrapMeanInterval(sample, { seed: 11 })!;
    expect(Math.abs(upper - lower - 2 * halfWidth)).toBeLessThan(0.1 * 2 * halfWidth);
    expect(Math.abs(lower - (m - halfWidth))).toBeLessThan(0.1 * halfWidth);
    expect(Math.abs(upper - (m + halfWidth))).toBeLessThan(0.1 * halfWidth);
  });

  it('refuses options and values it cannot use', () => {
    expect(() => bootstrapMeanInterval(scores, { seed: 1, resamples: 0 })).toThrow(RangeError);
    expect(() => bootstrapMeanInterval(scores, { seed: 1, level: 1 })).toThrow(RangeError);
    expect(() => bootstrapMeanInterval([1, Number.NaN], { seed: 1 })).toThrow(/value 1 is NaN/);
  });
});
