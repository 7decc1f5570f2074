import { describe, expect, it } from 'vitest';
import type { QueueHandoff } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { ratio } from '../../test-support.js';
import { durationTicks, queueDrill, queueOption, queueTable } from './queue-sla-option.js';

function queue(name: string | null, median: number | null, target: number): QueueHandoff {
  return {
    queue: name,
    handed_off: 10,
    time_to_human: { count: median === null ? 0 : 8, median, p90: median === null ? null : median * 3 },
    time_to_human_sla: median === null ? ratio(0, 0) : ratio(6, 8),
    time_to_human_target_seconds: target,
    first_response_sla: ratio(10, 10),
    first_response_target_seconds: 60,
  };
}

const queues = [queue('payments', 50, 120), queue('vip', 20, 30), queue(null, null, 120)];

describe('time to human by queue', () => {
  it("marks each queue's own target, and draws no bar where nothing was measured", () => {
    const series = queueOption(queues, en, 'en').series as { data: unknown[] }[];
    expect(series[0]!.data).toEqual([50, 20, '-']);
    expect(series[1]!.data).toEqual([150, 60, '-']);
    expect(series[2]!.data).toEqual([
      [120, 0],
      [30, 1],
      [120, 2],
    ]);
  });

  it('narrows the view to a queue and lists its handoffs; no queue cannot be filtered on', () => {
    expect(queueDrill(queues, 1)).toMatchObject({ queue: 'vip', drill: { metric: 'handed_off' } });
    expect(queueDrill(queues, 2)).toBeNull();
  });

  it('tabulates durations, targets and attainment with its fraction', () => {
    expect(queueTable(queues, en, 'en').rows[0]).toEqual([
      'payments',
      10,
      '50 sec',
      '2.5 min',
      '2 min',
      '75.0% (6 / 8)',
      '1 min',
      '100.0% (10 / 10)',
    ]);
    expect(queueTable(queues, zhCN, 'zh-CN').rows[2]!.slice(0, 6)).toEqual([
      '无技能组',
      10,
      '—',
      '—',
      '2分钟',
      '— (0 / 0)',
    ]);
  });

  it('ticks the duration axis at round seconds, minutes or hours', () => {
    expect(durationTicks(80)).toBe(15);
    expect(durationTicks(440)).toBe(120);
    expect(durationTicks(1200)).toBe(300);
    expect(durationTicks(40_000)).toBe(7200);
    expect(durationTicks(200_000)).toBe(36_000);
  });
});
