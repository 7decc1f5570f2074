import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { trendOption, trendRows, trendTable } from './qa-trend-option.js';

const TREND = [
  { bucket: '2026-03-09', reviews: 2, mean_score: 78.6, mean_ci: [57.1, 100] as [number, number] },
  { bucket: '2026-03-02', reviews: 1, mean_score: 100, mean_ci: null },
];

describe('QA trend', () => {
  it('keeps every bucket of the window in order; one without reviews has no mean', () => {
    expect(trendRows(TREND, ['2026-02-23', '2026-03-02', '2026-03-09'])).toEqual([
      { bucket: '2026-02-23', reviews: 0, mean: null, interval: null },
      { bucket: '2026-03-02', reviews: 1, mean: 100, interval: null },
      { bucket: '2026-03-09', reviews: 2, mean: 78.6, interval: [57.1, 100] },
    ]);
  });

  it('draws the interval as a band: its low bound, then its width stacked on it', () => {
    const rows = trendRows(TREND, ['2026-03-02', '2026-03-09']);
    const option = trendOption(rows, 'week', en, 'en');
    const series = option.series as { name: string; stack?: string; data: unknown[] }[];
    expect(series.map((s) => s.stack ?? null)).toEqual(['interval', 'interval', null]);
    expect(series[0]!.data).toEqual(['-', 57.1]);
    expect((series[1]!.data[1] as number).toFixed(1)).toBe('42.9');
    expect(series[2]!.data).toEqual([100, 78.6]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('tables what it draws, with the bounds as written on screen', () => {
    const table = trendTable(trendRows(TREND, []), 'week', en, 'en');
    expect(table.columns).toEqual(['Week starting', 'Reviews', 'Mean score', '95% low', '95% high']);
    expect(table.rows).toEqual([
      ['2026-03-02', 1, '100.0', null, null],
      ['2026-03-09', 2, '78.6', '57.1', '100.0'],
    ]);
  });
});
