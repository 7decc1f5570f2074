import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { emptyAggregate, ratio } from '../test-support.js';
import { kpiCards } from './kpi-cards.js';
import { kpiTable } from './kpi-table.js';

describe('kpiTable', () => {
  const current = emptyAggregate();
  current.rates.containment = ratio(12, 18);
  current.durations.time_to_human = { count: 4, median: 90, p90: 300 };
  const previous = emptyAggregate();
  previous.rates.containment = ratio(1, 2);
  previous.durations.time_to_human = { count: 2, median: 60, p90: 60 };
  const cards = Object.fromEntries(kpiCards(current, previous, [], []).map((c) => [c.key, c]));

  it('writes a rate with its fraction, previous value and change in points', () => {
    // 66.7 % against 50.0 %: +16.7 points
    expect(kpiTable(cards.containment!, en, 'en')).toEqual({
      columns: ['Metric', 'Value', 'Numerator', 'Denominator', 'Previous period', 'Change'],
      rows: [['Containment', '66.7%', 12, 18, '50.0%', '+16.7 pp']],
    });
  });

  it('writes a duration in its unit and a relative change, in Chinese too', () => {
    // 90 s against 60 s: +50 %
    expect(kpiTable(cards.time_to_human!, zhCN, 'zh-CN').rows).toEqual([
      ['转人工等待时长', '1.5分钟', null, null, '1分钟', '+50.0%'],
    ]);
  });
});
