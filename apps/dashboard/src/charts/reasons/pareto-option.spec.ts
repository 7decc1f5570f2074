import { describe, expect, it } from 'vitest';
import type { ReasonRow } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { ratio } from '../../test-support.js';
import { paretoDrill, paretoOption, paretoRows, paretoTable } from './pareto-option.js';

function reason(code: string | null, conversations: number, dissatisfied: number, satisfied = 0): ReasonRow {
  return { reason: code, conversations, csat: ratio(satisfied, satisfied + dissatisfied), dissatisfied };
}

// As the service sends them: most escalations first.
const reasons = [
  reason('customer_requested_human', 50, 2, 8),
  reason('complex_or_policy', 30, 6, 4),
  reason(null, 15, 0),
  reason('technical_error', 5, 2),
];

describe('reasons Pareto', () => {
  it('sorts by volume with each share and the running share of all 100 escalations', () => {
    expect(paretoRows(reasons, 'volume')).toEqual([
      expect.objectContaining({ reason: 'customer_requested_human', share: 0.5, cumulative: 0.5 }),
      expect.objectContaining({ reason: 'complex_or_policy', share: 0.3, cumulative: 0.8 }),
      expect.objectContaining({ reason: null, share: 0.15, cumulative: 0.95 }),
      expect.objectContaining({ reason: 'technical_error', share: 0.05, cumulative: 1 }),
    ]);
  });

  it('sorts by CSAT impact: dissatisfied responses, ties by escalations, and runs their share', () => {
    const rows = paretoRows(reasons, 'impact');
    expect(rows.map((r) => [r.reason, r.dissatisfied, r.cumulative])).toEqual([
      ['complex_or_policy', 6, 0.6],
      ['customer_requested_human', 2, 0.8],
      ['technical_error', 2, 1],
      [null, 0, 1],
    ]);
    // No CSAT response at all: the running share is unknown, not zero.
    expect(paretoRows([reason('other', 3, 0)], 'impact')[0]!.cumulative).toBeNull();
  });

  it('draws escalations, their dissatisfied part over them, and the running share on its own axis', () => {
    const option = paretoOption(paretoRows(reasons, 'volume'), 'volume', zhCN, 'zh-CN');
    expect((option.yAxis as { data: string[] }).data).toEqual([
      '客户要求转人工',
      '复杂问题或政策规定',
      '未给出原因',
      '技术故障',
    ]);
    const series = option.series as { type: string; barGap?: string; xAxisIndex?: number; data: unknown[] }[];
    expect(series.map((s) => [s.type, s.xAxisIndex ?? 0])).toEqual([
      ['bar', 0],
      ['bar', 0],
      ['line', 1],
    ]);
    expect(series[1]!.barGap).toBe('-100%');
    expect(series[0]!.data).toEqual([50, 30, 15, 5]);
    expect(series[1]!.data).toEqual([2, 6, 0, 2]);
  });

  it("drills into one reason's escalations of the source, `none` where it gave none", () => {
    const rows = paretoRows(reasons, 'volume');
    expect(paretoDrill(rows, 'agent', 2)).toMatchObject({
      metric: 'handed_off',
      reason: { source: 'agent', code: 'none' },
      bucket: null,
    });
    expect(paretoDrill(rows, 'bot', 9)).toBeNull();
  });

  it('tabulates counts as numbers and shares as shown', () => {
    const table = paretoTable(paretoRows(reasons, 'volume'), 'volume', en, 'en');
    expect(table.columns[1]).toBe('Escalations');
    expect(table.rows[2]).toEqual(['No reason given', 15, '15.0%', 0, '95.0%']);
  });
});
