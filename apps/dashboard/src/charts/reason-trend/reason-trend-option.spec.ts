import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import {
  reasonTrend,
  reasonTrendDrill,
  reasonTrendOption,
  reasonTrendRowDrill,
  reasonTrendTable,
} from './reason-trend-option.js';

const rows = [
  { bucket: '2026-03-02', reason: 'low_confidence', conversations: 2 },
  { bucket: '2026-03-02', reason: null, conversations: 5 },
  { bucket: '2026-03-16', reason: null, conversations: 1 },
];
const weeks = ['2026-03-02', '2026-03-09', '2026-03-16'];

describe('reason trend', () => {
  const trend = reasonTrend(rows, weeks, 'week');

  it('gives every week its place, a true zero where the service listed nothing, largest reason first', () => {
    expect(trend.series).toEqual([
      { reason: null, counts: [5, 0, 1], total: 6 },
      { reason: 'low_confidence', counts: [2, 0, 0], total: 2 },
    ]);
    expect(trend.totals).toEqual([7, 0, 1]);
  });

  it('stacks one series per reason in its own colour', () => {
    const series = reasonTrendOption(trend, en, 'en').series as { name: string; stack: string }[];
    expect(series.map((s) => [s.name, s.stack])).toEqual([
      ['No reason given', 'reasons'],
      ['Low confidence', 'reasons'],
    ]);
  });

  it("drills into one reason of one week, in the trend's grain", () => {
    expect(reasonTrendDrill(trend, 'bot', 1, 0)).toMatchObject({
      metric: 'handed_off',
      bucket: '2026-03-02',
      granularity: 'week',
      reason: { source: 'bot', code: 'low_confidence' },
    });
    expect(reasonTrendRowDrill(trend, 2)).toMatchObject({ bucket: '2026-03-16', granularity: 'week', reason: null });
    expect(reasonTrendDrill(trend, 'bot', 5, 0)).toBeNull();
  });

  it('tabulates each week by its first day', () => {
    expect(reasonTrendTable(trend, en)).toEqual({
      columns: ['Week starting', 'No reason given', 'Low confidence', 'Total'],
      rows: [
        ['2026-03-02', 5, 2, 7],
        ['2026-03-09', 0, 0, 0],
        ['2026-03-16', 1, 0, 1],
      ],
    });
    expect(reasonTrendTable(reasonTrend([], ['2026-03-01'], 'month'), en).rows).toEqual([['2026-03', 0]]);
  });
});
