import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff-alpha.js';

/** Reliability data as observers × units with '.' for a missing value, turned into units × observers. */
function unitsFromObserverRows(rows: readonly string[]): (number | null)[][] {
  const observers = rows.map((row) => row.trim().split(/\s+/));
  const unitCount = observers[0]!.length;
  return Array.from({ length: unitCount }, (_, unit) =>
    observers.map((values) => (values[unit] === '.' ? null : Number(values[unit]))),
  );
}

// Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
// Communication, University of Pennsylvania, section C (any number of observers, missing values):
// observers A–D, units 1–12. Published: nominal α = 0.743, ordinal α = 0.815, interval α = 0.849,
// ratio α = 0.797; unit 12 has a single value, leaving 11 units and 40 pairable values.
const krippendorff2011 = unitsFromObserverRows([
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .',
]);

describe('krippendorffAlpha', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('reproduces Krippendorff (2011) section C at the %s level', (level, published) => {
    const result = krippendorffAlpha(krippendorff2011, level);
    expect(result).not.toBeNull();
    expect(result!.value).toBeCloseTo(published, 3);
    expect(result!.units).toBe(11);
    expect(result!.pairable_values).toBe(40);
  });

  it('reproduces the computational example of three coders and fifteen units', () => {
    // Wikipedia, "Krippendorff's alpha", section "A computational example": nominal α = 0.691.
    const units = unitsFromObserverRows([
      '. . . . . 3 4 1 2 1 1 3 3 . 3',
      '1 . 2 1 3 3 4 3 . . . . . . .',
      '. . 2 1 3 4 4 . 2 1 1 3 3 . 4',
    ]);
    expect(krippendorffAlpha(units, 'nominal')!.value).toBeCloseTo(0.691, 3);
  });

  it('ignores units with a single value, whatever that value is', () => {
    const withoutUnit12 = krippendorff2011.slice(0, 11);
    const withLoneValues = [...withoutUnit12, [null, 9, null, null], ['x', null, null, null]];
    expect(krippendorffAlpha(withLoneValues, 'nominal')).toEqual(krippendorffAlpha(krippendorff2011, 'nominal'));
    expect(krippendorffAlpha(withoutUnit12, 'interval')).toEqual(krippendorffAlpha(krippendorff2011, 'interval'));
  });

  it('is 1 for perfect agreement at every level', () => {
    const units = [
      [1, 1, null],
      [2, 2, 2],
      [5, null, 5],
    ];
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(units, level)!.value).toBe(1);
    }
  });

  it('is null when nothing can be paired or nothing varies', () => {
    expect(krippendorffAlpha([], 'nominal')).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [null, null],
          [null, null],
        ],
        'nominal',
      ),
    ).toBeNull();
    expect(krippendorffAlpha([[3, null, null]], 'interval')).toBeNull();
    expect(
      krippendorffAlpha(
        [
          ['ok', 'ok'],
          ['ok', null],
        ],
        'nominal',
      ),
    ).toBeNull();
  });

  it('takes string labels at the nominal level', () => {
    const result = krippendorffAlpha(
      [
        ['pos', 'pos'],
        ['neg', 'neg'],
      ],
      'nominal',
    );
    expect(result!.value).toBe(1);
  });

  it('takes numbers only at the ordinal, interval and ratio levels', () => {
    const units = [
      ['low', 'high'],
      ['low', 'low'],
    ];
    for (const level of ['ordinal', 'interval', 'ratio'] as const) {
      expect(() => krippendorffAlpha(units, level)).toThrow(TypeError);
      expect(() => krippendorffAlpha(units, level)).toThrow(/unit 0, coder 0 has "low"/);
    }
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'interval')).toThrow(TypeError);
  });

  it('refuses negative values at the ratio level', () => {
    expect(() => krippendorffAlpha([[1, -2]], 'ratio')).toThrow(RangeError);
  });
});
