import { seededStream } from '../random.js';

export interface BootstrapOptions {
  /** Fixes the resamples, so the same values and seed always give the same interval. */
  seed: number;
  /** How many resamples to draw; 2000 by default. */
  resamples?: number;
  /** Confidence level, between 0 and 1; 0.95 by default. */
  level?: number;
}

/**
 * Percentile bootstrap interval for the mean (Efron & Tibshirani 1993, ch. 13): resample the values with
 * replacement, take each resample's mean, and read the interval off the middle `level` of those means.
 * It assumes no distribution for QA scores, which are bounded and often skewed. Quantiles interpolate
 * linearly between order statistics.
 *
 * Null when there are no values; a single value has nothing to vary, so its interval is [v, v].
 */
export function bootstrapMeanInterval(
  values: readonly number[],
  { seed, resamples = 2000, level = 0.95 }: BootstrapOptions,
): [number, number] | null {
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`bootstrapMeanInterval: resamples must be a whole number ≥ 1, got ${resamples}`);
  }
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`bootstrapMeanInterval: level must be between 0 and 1, got ${level}`);
  }
  const bad = values.findIndex((value) => !Number.isFinite(value));
  if (bad !== -1) throw new RangeError(`bootstrapMeanInterval: value ${bad} is ${values[bad]}, not a finite number`);

  const [first] = values;
  if (first === undefined) return null;
  if (values.length === 1) return [first, first];

  const n = values.length;
  const next = seededStream(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      // Clamped so the index is in range even if a draw rounds up to 1.
      sum += values[Math.min(n - 1, Math.floor(next() * n))]!;
    }
    means[r] = sum / n;
  }
  means.sort();

  const tail = (1 - level) / 2;
  return [quantile(means, tail), quantile(means, 1 - tail)];
}

/** Linear interpolation between the order statistics around position q·(length − 1) of a sorted array. */
function quantile(sorted: Float64Array, q: number): number {
  const position = q * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const low = sorted[below]!;
  return low + (position - below) * (sorted[above]! - low);
}
