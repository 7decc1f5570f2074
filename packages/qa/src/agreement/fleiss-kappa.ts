import type { AgreementResult, Label } from './types.js';

/**
 * Fleiss' kappa for many raters: each unit is the list of labels its raters gave it (Fleiss 1971).
 * The raters of one unit need not be those of another, but every unit must have the same number of
 * ratings, at least 2 — the formula weights every unit alike only under that condition. A unit with a
 * different count is an error rather than something silently skipped: keep complete units first.
 *
 * Null when there are no units, or when chance agreement P̄e is 1 (every rating is the same label),
 * where kappa is 0/0.
 */
export function fleissKappa(units: readonly (readonly Label[])[]): AgreementResult | null {
  const [firstUnit] = units;
  if (firstUnit === undefined) return null;
  const raters = firstUnit.length;
  if (raters < 2) {
    throw new RangeError(`fleissKappa: unit 0 has ${raters} rating(s); Fleiss' kappa needs at least 2 per unit`);
  }

  const totals = new Map<Label, number>();
  let agreementSum = 0;
  for (const [index, unit] of units.entries()) {
    if (unit.length !== raters) {
      throw new RangeError(
        `fleissKappa: unit ${index} has ${unit.length} ratings, expected ${raters} (the count of unit 0); ` +
          'Fleiss’ kappa needs the same number of ratings for every unit, so keep complete units only',
      );
    }
    const counts = new Map<Label, number>();
    for (const label of unit) counts.set(label, (counts.get(label) ?? 0) + 1);
    // P_i: the share of this unit's ordered rater pairs that agree.
    let agreeingPairs = 0;
    for (const [label, count] of counts) {
      agreeingPairs += count * (count - 1);
      totals.set(label, (totals.get(label) ?? 0) + count);
    }
    agreementSum += agreeingPairs / (raters * (raters - 1));
  }

  const ratings = units.length * raters;
  // Summed in counts, so "P̄e is exactly 1" is an integer comparison, not a float one.
  let squaredTotals = 0;
  for (const total of totals.values()) squaredTotals += total * total;
  if (squaredTotals === ratings * ratings) return null;

  const observed = agreementSum / units.length;
  const expected = squaredTotals / (ratings * ratings);
  return { value: (observed - expected) / (1 - expected), observed, expected, units: units.length };
}
