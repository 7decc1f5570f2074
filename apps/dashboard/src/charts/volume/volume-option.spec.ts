import { describe, expect, it } from 'vitest';
import type { TimeseriesBucket } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { emptyAggregate, ratio } from '../../test-support.js';
import { volumeDrill, volumeOption, volumeRows, volumeTable } from './volume-option.js';

function bucket(day: string, total: number, withBot: number, contained: number, involved: number): TimeseriesBucket {
  const a = emptyAggregate();
  a.conversations = { total, closed: total, open: 0, with_bot: withBot };
  a.rates.containment = ratio(contained, involved);
  return { ...a, bucket: day };
}

const days = ['2026-03-01', '2026-03-02', '2026-03-03'];
const buckets = [bucket('2026-03-01', 10, 7, 3, 6), bucket('2026-03-03', 4, 0, 0, 0)];

describe('volume chart', () => {
  it('splits each day into with and without the bot, filling quiet days with zero', () => {
    expect(volumeRows(buckets, days)).toEqual([
      { day: '2026-03-01', total: 10, withBot: 7, withoutBot: 3, containment: 0.5 },
      { day: '2026-03-02', total: 0, withBot: 0, withoutBot: 0, containment: null },
      { day: '2026-03-03', total: 4, withBot: 0, withoutBot: 4, containment: null },
    ]);
  });

  it('stacks the two bars and puts containment on a second axis, with gaps where unknown', () => {
    const option = volumeOption(volumeRows(buckets, days), en, 'en');
    const series = option.series as { type: string; stack?: string; yAxisIndex?: number; data: unknown[] }[];
    expect(series.map((s) => [s.type, s.stack ?? null, s.yAxisIndex ?? 0])).toEqual([
      ['bar', 'volume', 0],
      ['bar', 'volume', 0],
      ['line', null, 1],
    ]);
    expect(series[0]!.data).toEqual([7, 0, 0]);
    expect(series[1]!.data).toEqual([3, 0, 4]);
    expect(series[2]!.data).toEqual([0.5, null, null]);
  });

  it('drills into the clicked day', () => {
    const rows = volumeRows(buckets, days);
    expect(volumeDrill(rows, 0, 0)).toMatchObject({ metric: 'with_bot', bucket: '2026-03-01' });
    expect(volumeDrill(rows, 1, 2)).toMatchObject({ metric: 'without_bot', bucket: '2026-03-03' });
    expect(volumeDrill(rows, 2, 0)).toMatchObject({ metric: 'containment', part: 'denominator' });
    expect(volumeDrill(rows, 0, 9)).toBeNull();
  });

  it('tabulates what the chart shows', () => {
    expect(volumeTable(volumeRows(buckets, days), en, 'en').rows).toEqual([
      ['2026-03-01', 7, 3, 10, '50.0%'],
      ['2026-03-02', 0, 0, 0, '—'],
      ['2026-03-03', 0, 4, 4, '—'],
    ]);
  });
});
