import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';
import type { Label } from './types.js';

/** Pairs from a contingency table: `table[i][j]` items rated `labels[i]` by the first rater and `labels[j]` by the second. */
function pairsFromTable(labels: readonly Label[], table: readonly (readonly number[])[]): [Label, Label][] {
  return table.flatMap((row, i) =>
    row.flatMap((count, j) => Array.from({ length: count }, (): [Label, Label] => [labels[i]!, labels[j]!])),
  );
}

describe('cohenKappa', () => {
  it('reproduces the 50 grant proposals read by two readers', () => {
    // Wikipedia, "Cohen's kappa", section "Simple example": both yes 20, A yes / B no 5, A no / B yes 10,
    // both no 15; p_o = 0.7, p_e = 0.5, κ = 0.4.
    const result = cohenKappa(
      pairsFromTable(
        ['yes', 'no'],
        [
          [20, 5],
          [10, 15],
        ],
      ),
    );
    expect(result).not.toBeNull();
    expect(result!.observed).toBeCloseTo(0.7, 10);
    expect(result!.expected).toBeCloseTo(0.5, 10);
    expect(result!.value).toBeCloseTo(0.4, 10);
    expect(result!.units).toBe(50);
  });

  it("reproduces Cohen's three-category diagnosis table", () => {
    // Cohen, J. (1968), "Weighted kappa: Nominal scale agreement with provision for scaled disagreement
    // or partial credit", Psychological Bulletin 70(4), 213–220, Table 1: 200 cases, two judges, three
    // diagnoses (proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06); p_o = .70, p_c = .41, κ = .492.
    const result = cohenKappa(
      pairsFromTable(
        ['personality disorder', 'neurosis', 'psychosis'],
        [
          [88, 14, 18],
          [10, 40, 10],
          [2, 6, 12],
        ],
      ),
    );
    expect(result!.observed).toBeCloseTo(0.7, 10);
    expect(result!.expected).toBeCloseTo(0.41, 10);
    expect(result!.value).toBeCloseTo(0.492, 3);
    expect(result!.units).toBe(200);
  });

  it('is 1 for perfect agreement over more than one label', () => {
    const result = cohenKappa([
      [1, 1],
      [2, 2],
      [3, 3],
      [2, 2],
    ]);
    expect(result).toEqual({ value: 1, observed: 1, expected: 0.375, units: 4 });
  });

  it('is null with no pairs, and when both raters only ever used one and the same label', () => {
    expect(cohenKappa([])).toBeNull();
    expect(cohenKappa([['pass', 'pass']])).toBeNull();
    expect(
      cohenKappa([
        ['pass', 'pass'],
        ['pass', 'pass'],
      ]),
    ).toBeNull();
  });

  it('treats the number 1 and the string "1" as different labels', () => {
    expect(
      cohenKappa([
        [1, '1'],
        [2, '2'],
      ])!.observed,
    ).toBe(0);
  });
});
