import type { AgreementResult, Label } from './types.js';

/**
 * Cohen's unweighted kappa for two raters who each labelled the same items: one `[a, b]` pair per item.
 * Chance agreement comes from each rater's own label frequencies (Cohen 1960), so two raters with
 * different habits are not credited with agreement their habits alone would produce.
 *
 * Null when there are no pairs, or when chance agreement is 1: both raters gave every item one and
 * the same label, so kappa is 0/0 — the data cannot tell agreement from habit.
 */
export function cohenKappa(pairs: readonly (readonly [Label, Label])[]): AgreementResult | null {
  const n = pairs.length;
  if (n === 0) return null;

  const first = new Map<Label, number>();
  const second = new Map<Label, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) agreed++;
  }

  // Summed in counts, so "chance agreement is exactly 1" is an integer comparison, not a float one.
  let chanceCount = 0;
  for (const [label, count] of first) chanceCount += count * (second.get(label) ?? 0);
  if (chanceCount === n * n) return null;

  const observed = agreed / n;
  const expected = chanceCount / (n * n);
  return { value: (observed - expected) / (1 - expected), observed, expected, units: n };
}
