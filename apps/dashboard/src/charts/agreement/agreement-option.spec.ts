import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { agreementMatrix, agreementOption, agreementTable } from './agreement-option.js';

const cells = [
  { a: 'low_confidence', b: 'low_confidence', conversations: 6 },
  { a: 'customer_requested_human', b: 'low_confidence', conversations: 2 },
  { a: 'low_confidence', b: null, conversations: 3 },
];

describe('agreement matrix', () => {
  const matrix = agreementMatrix(cells);

  it('puts the same reasons in the same order on both axes, so agreeing is the diagonal', () => {
    expect(matrix.reasons).toEqual(['customer_requested_human', 'low_confidence', null]);
    expect(matrix.counts.get('1:1')).toBe(6);
    expect(matrix.counts.get('1:0')).toBe(2);
    expect(matrix.counts.get('2:1')).toBe(3);
    expect(matrix.max).toBe(6);
  });

  it('frames the diagonal where both named the same reason, not where both named none', () => {
    const data = (
      agreementOption(matrix, "Bot's reason", 'Transcript classifier', en, 'en').series as {
        data: { value: unknown[]; itemStyle: { borderWidth: number } }[];
      }[]
    )[0]!.data;
    expect(data).toHaveLength(9);
    const framed = data.filter((d) => d.itemStyle.borderWidth === 2).map((d) => d.value);
    expect(framed).toEqual([
      [0, 0, '-'],
      [1, 1, 6],
    ]);
  });

  it('tabulates every pair that occurred and whether it agrees', () => {
    expect(agreementTable(matrix, "Bot's reason", 'Transcript classifier', en)).toEqual({
      columns: ["Bot's reason", 'Transcript classifier', 'Escalations', 'Same reason'],
      rows: [
        ['Customer asked for a human', 'Low confidence', 2, 'No'],
        ['Low confidence', 'Low confidence', 6, 'Yes'],
        ['Low confidence', 'No reason given', 3, '—'],
      ],
    });
  });
});
