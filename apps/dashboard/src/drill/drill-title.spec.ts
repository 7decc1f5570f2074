import { describe, expect, it } from 'vitest';
import type { TimeseriesBucket } from '../api/types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { drillOf } from '../state/view-params.js';
import { emptyAggregate, ratio } from '../test-support.js';
import { drillTitle, partCounts, reasonPartCounts } from './drill-title.js';

describe('drill-down title', () => {
  it('names a rate with its part and what that part counts', () => {
    expect(drillTitle(drillOf('containment', 'denominator'), en, 'en')).toBe(
      'Containment — denominator (bot involved)',
    );
    expect(drillTitle(drillOf('containment', 'numerator'), zhCN, 'zh-CN')).toBe(
      '机器人独立解决率 — 分子（机器人独立完成）',
    );
  });

  it('names segments, durations and abandonment parts, and where the value was clicked', () => {
    expect(drillTitle(drillOf('with_bot', 'numerator', { bucket: '2026-03-03' }), en, 'en')).toBe(
      'With the bot · Mar 3, 2026',
    );
    expect(drillTitle(drillOf('conversations', 'numerator', { weekday: 6, hour: 7 }), en, 'en')).toBe(
      'Conversations · Sat 07:00',
    );
    expect(drillTitle(drillOf('time_to_human'), en, 'en')).toBe('Time to human — conversations measured');
    expect(drillTitle(drillOf('abandonment.while_waiting'), en, 'en')).toBe('Abandoned while waiting');
  });

  it('names the intent and the scenario class a list is narrowed to', () => {
    expect(drillTitle(drillOf('handed_off', 'numerator', { intent: 'refund' }), en, 'en')).toBe(
      'Handed off · intent refund',
    );
    expect(drillTitle(drillOf('conversations', 'numerator', { scenarioClass: 'emotional' }), zhCN, 'zh-CN')).toBe(
      '全部会话 · 情绪类',
    );
    expect(drillTitle(drillOf('abandoned_waiting'), zhCN, 'zh-CN')).toBe('排队时放弃');
  });

  it('names the source and reason, and a bucket in its grain', () => {
    const reason = { source: 'bot' as const, code: 'low_confidence' };
    expect(drillTitle(drillOf('handed_off', 'numerator', { reason }), en, 'en')).toBe(
      "Handed off · Bot's reason: Low confidence",
    );
    expect(
      drillTitle(
        drillOf('handed_off', 'numerator', {
          reason: { source: 'agent', code: 'none' },
          bucket: '2026-03-02',
          granularity: 'week',
        }),
        zhCN,
        'zh-CN',
      ),
    ).toBe('已转人工 · 坐席反馈：未给出原因 · 2026年3月2日当周');
  });
});

describe('tab counts', () => {
  const overview = emptyAggregate();
  overview.rates.containment = ratio(12, 18);
  const day = { ...emptyAggregate(), bucket: '2026-03-03' } as TimeseriesBucket;
  day.rates.containment = ratio(2, 3);

  it('come from the window, or from the clicked day', () => {
    expect(partCounts(drillOf('containment', 'denominator'), overview, [day])).toMatchObject({
      numerator: 12,
      denominator: 18,
    });
    expect(partCounts(drillOf('containment', 'numerator', { bucket: '2026-03-03' }), overview, [day])).toMatchObject({
      numerator: 2,
      denominator: 3,
    });
  });

  it('do not exist for segments, hours of the week, or days not loaded', () => {
    expect(partCounts(drillOf('conversations'), overview, [day])).toBeNull();
    expect(partCounts(drillOf('containment', 'numerator', { weekday: 1, hour: 2 }), overview, [day])).toBeNull();
    expect(partCounts(drillOf('containment', 'numerator', { bucket: '2026-03-04' }), overview, [day])).toBeNull();
  });
});

describe('tab counts of a reason', () => {
  const reasons = {
    query: null as never,
    source: 'bot' as const,
    reasons: [{ reason: null, conversations: 9, csat: ratio(2, 3), dissatisfied: 1 }],
  };

  it("are the reason's CSAT responses as the chart shows them, for the same source only", () => {
    const drill = drillOf('csat', 'denominator', { reason: { source: 'bot', code: 'none' } });
    expect(reasonPartCounts(drill, reasons)).toMatchObject({ numerator: 2, denominator: 3 });
    expect(reasonPartCounts({ ...drill, reason: { source: 'agent', code: 'none' } }, reasons)).toBeNull();
    expect(
      reasonPartCounts(drillOf('handed_off', 'numerator', { reason: { source: 'bot', code: 'none' } }), reasons),
    ).toBeNull();
  });
});
