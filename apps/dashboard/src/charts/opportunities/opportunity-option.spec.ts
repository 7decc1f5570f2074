import { describe, expect, it } from 'vitest';
import type { IntentOpportunity } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { ratio } from '../../test-support.js';
import { escapeHtml } from '../escape-html.js';
import {
  bubbleSize,
  clickedIntent,
  opportunityDrill,
  opportunityOption,
  opportunityTable,
  placedIntents,
} from './opportunity-option.js';

const intents: IntentOpportunity[] = [
  {
    intent: 'order_status',
    scenario_class: 'high_freq_low_complexity',
    volume: 100,
    containment: ratio(90, 100),
    csat_bot_only: ratio(17, 20),
    recommendation: 'automate',
  },
  {
    intent: 'complaint',
    scenario_class: 'emotional',
    volume: 25,
    containment: ratio(10, 25),
    csat_bot_only: ratio(2, 4),
    recommendation: 'keep_with_humans',
  },
  {
    intent: 'report_fraud',
    scenario_class: null,
    volume: 9,
    containment: ratio(0, 9),
    csat_bot_only: ratio(0, 0),
    recommendation: 'keep_with_humans',
  },
];

type Series = { name: string; data: number[][]; markLine?: { data: Record<string, unknown>[] } };

describe('automation-opportunity matrix', () => {
  it('places intents by containment and bot-only CSAT, one series per recommendation', () => {
    const series = opportunityOption(intents, { containment_target: 0.7, csat_target: 0.8 }, en, 'en')
      .series as Series[];
    expect(series.map((s) => s.name)).toEqual(['Automate fully', 'Improve the bot', 'Keep with humans', 'targets']);
    expect(series[0]!.data).toEqual([[0.9, 0.85, 100, 0]]);
    expect(series[1]!.data).toEqual([]);
    // An intent without a bot-only CSAT response has no place on the vertical axis.
    expect(series[2]!.data).toEqual([[0.4, 0.5, 25, 1]]);
    expect(placedIntents(intents).map((i) => i.intent)).toEqual(['order_status', 'complaint']);
  });

  it('draws the automation thresholds of the settings, and none while they are unknown', () => {
    const withTargets = opportunityOption(intents, { containment_target: 0.7, csat_target: 0.8 }, zhCN, 'zh-CN')
      .series as Series[];
    expect(withTargets[3]!.markLine!.data).toMatchObject([
      { xAxis: 0.7, label: { formatter: '独立解决率目标 70.0%' } },
      { yAxis: 0.8, label: { formatter: '满意度目标 80.0%' } },
    ]);
    expect((opportunityOption(intents, null, en, 'en').series as Series[])[3]!.markLine).toBeUndefined();
  });

  it('sizes bubbles by the square root of volume', () => {
    expect(bubbleSize(100, 100)).toBe(48);
    expect(bubbleSize(25, 100)).toBe(28);
    expect(bubbleSize(0, 0)).toBe(8);
  });

  it('tabulates every intent, placed or not, with its recommendation', () => {
    expect(opportunityTable(intents, zhCN, 'zh-CN').rows[2]).toEqual([
      'report_fraud',
      '未映射',
      9,
      0,
      '0.0%',
      '—',
      0,
      '保留人工',
    ]);
  });

  it('lists an intent as the denominator of its containment, narrowed to the intent', () => {
    expect(opportunityDrill('refund')).toMatchObject({
      metric: 'containment',
      part: 'denominator',
      intent: 'refund',
      scenarioClass: null,
    });
    const placed = placedIntents(intents);
    expect(clickedIntent(intents, [0.5, 0.5, 10, 0])).toBe(placed[0]!.intent);
    expect(clickedIntent(intents, [0.5, 0.5, 10, 99])).toBeNull();
    expect(clickedIntent(intents, undefined)).toBeNull();
  });

  it('escapes intent names for the HTML tooltip', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});
