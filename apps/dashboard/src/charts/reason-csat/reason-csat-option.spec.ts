import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { ratio } from '../../test-support.js';
import { paretoRows } from '../reasons/pareto-option.js';
import { reasonCsatDrill, reasonCsatOption, reasonCsatTable } from './reason-csat-option.js';

const rows = paretoRows(
  [
    { reason: 'low_confidence', conversations: 20, csat: ratio(3, 4), dissatisfied: 1 },
    { reason: 'other', conversations: 2, csat: ratio(0, 0), dissatisfied: 0 },
  ],
  'volume',
);

describe('CSAT by reason', () => {
  it('draws the share scoring 4–5, and no bar for a reason without responses', () => {
    const series = reasonCsatOption(rows, en, 'en').series as { data: unknown[] }[];
    expect(series[0]!.data).toEqual([0.75, '-']);
  });

  it('lists the responses of the reason, whose tabs split them into 4–5 and the rest', () => {
    expect(reasonCsatDrill(rows, 'classifier', 0)).toMatchObject({
      metric: 'csat',
      part: 'denominator',
      reason: { source: 'classifier', code: 'low_confidence' },
    });
  });

  it('tabulates the rate with its n', () => {
    expect(reasonCsatTable(rows, en, 'en').rows).toEqual([
      ['Low confidence', '75.0%', 4, 1],
      ['Other', '—', 0, 0],
    ]);
  });
});
