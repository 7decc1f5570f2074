import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.js';

/** A unit's label list from its counts per category, categories numbered from 1. */
function ratingsFromCounts(counts: readonly number[]): number[] {
  return counts.flatMap((count, index) => Array.from({ length: count }, () => index + 1));
}

describe('fleissKappa', () => {
  it('reproduces the worked example of 10 subjects, 14 raters and 5 categories', () => {
    // Wikipedia, "Fleiss' kappa", section "Worked example": P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const result = fleissKappa(table.map(ratingsFromCounts));
    expect(result).not.toBeNull();
    expect(result!.observed).toBeCloseTo(0.378, 3);
    expect(result!.expected).toBeCloseTo(0.213, 3);
    expect(result!.value).toBeCloseTo(0.21, 3);
    expect(result!.units).toBe(10);
  });

  it('is 1 for perfect agreement over more than one label', () => {
    const result = fleissKappa([
      ['a', 'a', 'a'],
      ['b', 'b', 'b'],
    ]);
    expect(result!.value).toBe(1);
    expect(result!.observed).toBe(1);
  });

  it('is null with no units, and for a single unit where every rater gave the same label', () => {
    expect(fleissKappa([])).toBeNull();
    expect(fleissKappa([['ok', 'ok', 'ok']])).toBeNull();
  });

  it('refuses units whose number of ratings differs, naming the unit and the expected count', () => {
    const units = [
      ['a', 'b', 'a'],
      ['a', 'a', 'a'],
      ['b', 'b'],
    ];
    expect(() => fleissKappa(units)).toThrow(RangeError);
    expect(() => fleissKappa(units)).toThrow(/unit 2 has 2 ratings, expected 3/);
  });

  it('refuses units with fewer than 2 ratings', () => {
    expect(() => fleissKappa([['a'], ['b']])).toThrow(RangeError);
    expect(() => fleissKappa([['a'], ['b']])).toThrow(/at least 2/);
  });
});
