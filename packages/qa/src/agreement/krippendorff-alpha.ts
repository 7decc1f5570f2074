import type { Label } from './types.js';

/** How values are compared: as names, as ranks, as distances on a scale, or as magnitudes from a true zero. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Krippendorff's alpha with the two disagreements it was built from. */
export interface AlphaResult {
  /** 1 − D_o / D_e: 1 is perfect reliability, 0 is what chance alone would give. */
  value: number;
  /** D_o, the disagreement observed within units. */
  observed_disagreement: number;
  /** D_e, the disagreement expected if values were paired at random. */
  expected_disagreement: number;
  /** n, the values in units that had at least 2 of them. */
  pairable_values: number;
  /** The units that had at least 2 values and so entered the computation. */
  units: number;
}

/** δ²(c, k): how different two values are at a level of measurement. */
type Difference<T> = (c: T, k: T) => number;

/**
 * Krippendorff's alpha for reliability data: one row per unit, one entry per coder, `null` where that
 * coder gave the unit no value. Computed through the coincidence matrix (Krippendorff 2011), which is
 * what lets coders skip units: a unit with fewer than 2 values has nothing to pair, so it is dropped.
 *
 * Ordinal, interval and ratio take numbers only (map ordered categories to numbers first) and throw a
 * TypeError otherwise; ratio values must be non-negative. Null when no unit has 2 values or when the
 * expected disagreement is 0 (a single value throughout), where alpha is 0/0.
 */
export function krippendorffAlpha(
  units: readonly (readonly (Label | null)[])[],
  level: AlphaLevel,
): AlphaResult | null {
  switch (level) {
    case 'nominal':
      return alpha(units, () => nominalDifference);
    case 'ordinal':
      return alpha(numericUnits(units, level), ordinalDifference);
    case 'interval':
      return alpha(numericUnits(units, level), () => intervalDifference);
    case 'ratio':
      return alpha(numericUnits(units, level), () => ratioDifference);
  }
}

function alpha<T extends Label>(
  units: readonly (readonly (T | null)[])[],
  differenceFor: (marginals: ReadonlyMap<T, number>) => Difference<T>,
): AlphaResult | null {
  // o_ck: each unit adds its ordered pairs of values from different coders, weighted 1 / (m_u − 1)
  // so that every pairable value contributes 1 in total whatever the number of coders of its unit.
  const coincidences = new Map<T, Map<T, number>>();
  // n_c = Σ_k o_ck, which is simply how often c occurs among pairable values: kept as exact counts.
  const marginals = new Map<T, number>();
  let pairableUnits = 0;
  for (const unit of units) {
    const counts = new Map<T, number>();
    let coded = 0;
    for (const value of unit) {
      if (value === null) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      coded++;
    }
    if (coded < 2) continue;
    pairableUnits++;
    for (const [c, countC] of counts) {
      marginals.set(c, (marginals.get(c) ?? 0) + countC);
      const row = coincidences.get(c) ?? new Map<T, number>();
      coincidences.set(c, row);
      for (const [k, countK] of counts) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        row.set(k, (row.get(k) ?? 0) + pairs / (coded - 1));
      }
    }
  }
  if (pairableUnits === 0) return null;

  let n = 0;
  for (const count of marginals.values()) n += count;
  const difference = differenceFor(marginals);

  let observedSum = 0;
  for (const [c, row] of coincidences) for (const [k, o] of row) observedSum += o * difference(c, k);
  let expectedSum = 0;
  for (const [c, countC] of marginals)
    for (const [k, countK] of marginals) expectedSum += countC * countK * difference(c, k);

  const observed = observedSum / n;
  const expected = expectedSum / (n * (n - 1));
  if (expected === 0) return null;
  return {
    value: 1 - observed / expected,
    observed_disagreement: observed,
    expected_disagreement: expected,
    pairable_values: n,
    units: pairableUnits,
  };
}

/** The units with every value checked to be a finite number (and non-negative for ratio). */
function numericUnits(
  units: readonly (readonly (Label | null)[])[],
  level: Exclude<AlphaLevel, 'nominal'>,
): (number | null)[][] {
  return units.map((unit, u) =>
    unit.map((value, coder) => {
      if (value === null) return null;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new TypeError(
          `krippendorffAlpha: unit ${u}, coder ${coder} has ${JSON.stringify(value)}; ` +
            `the ${level} level takes finite numbers only (map ordered categories to numbers first)`,
        );
      }
      if (level === 'ratio' && value < 0) {
        throw new RangeError(
          `krippendorffAlpha: unit ${u}, coder ${coder} has ${value}; ratio values are measured from a true zero and cannot be negative`,
        );
      }
      return value;
    }),
  );
}

const nominalDifference: Difference<Label> = (c, k) => (c === k ? 0 : 1);

const intervalDifference: Difference<number> = (c, k) => (c - k) ** 2;

/** ((c − k) / (c + k))²; values are non-negative, so c + k is 0 only when c = k = 0. */
const ratioDifference: Difference<number> = (c, k) => (c === k ? 0 : ((c - k) / (c + k)) ** 2);

/**
 * Krippendorff's rank metric, δ²_ck = (Σ_{g from c to k} n_g − (n_c + n_k) / 2)², built from the
 * marginals so that a rank gap that many values fall into counts as a large disagreement. That sum is
 * the distance between the mid-ranks of c and k among the pairable values, which is how it is computed.
 */
function ordinalDifference(marginals: ReadonlyMap<number, number>): Difference<number> {
  const midRanks = new Map<number, number>();
  let below = 0;
  for (const [value, count] of [...marginals].sort(([a], [b]) => a - b)) {
    midRanks.set(value, below + count / 2);
    below += count;
  }
  // Only pairable values are ever compared, and every one of them is a key of `marginals`.
  return (c, k) => (midRanks.get(c)! - midRanks.get(k)!) ** 2;
}
