import { describe, expect, it } from 'vitest';
import type { ReasonGroupRow } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { ratio } from '../../test-support.js';
import { reasonBreakdown, reasonBreakdownDrill, reasonBreakdownTable } from './reason-breakdown-option.js';

function group(key: string | null, reason: string | null, conversations: number): ReasonGroupRow {
  return { key, reason, conversations, csat: ratio(0, 0), dissatisfied: 0 };
}

const groups = [
  group('billing', 'complex_or_policy', 9),
  group(null, 'bot_not_understood', 6),
  group('billing', null, 2),
  group('orders', 'low_confidence', 4),
  group(null, 'low_confidence', 4),
];

describe('reason breakdown', () => {
  it('keeps the keys with most escalations and splits each by reason', () => {
    const breakdown = reasonBreakdown(groups, 'scenario', 2);
    expect(breakdown.keys).toEqual(['billing', null]);
    expect(breakdown.allKeys).toBe(3);
    expect(breakdown.series.map((s) => [s.reason, s.counts])).toEqual([
      ['complex_or_policy', [9, 0]],
      ['bot_not_understood', [0, 6]],
      ['low_confidence', [0, 4]],
      [null, [2, 0]],
    ]);
    expect(breakdown.totals).toEqual([11, 10]);
  });

  it('drills into a scenario through the view, into an intent through the drill-down (of one reason for a segment)', () => {
    const scenarios = reasonBreakdown(groups, 'scenario');
    expect(reasonBreakdownDrill(scenarios, 'bot', 0, 0)).toMatchObject({
      scenario: 'billing',
      drill: { metric: 'handed_off', reason: { source: 'bot', code: 'complex_or_policy' } },
    });
    expect(reasonBreakdownDrill(scenarios, 'bot', null, 0)).toMatchObject({
      scenario: 'billing',
      drill: { reason: null },
    });
    // No scenario is not a value the filter can name.
    expect(reasonBreakdownDrill(scenarios, 'bot', 0, 1)).toBeNull();
    const intents = reasonBreakdown(groups, 'intent');
    expect(reasonBreakdownDrill(intents, 'agent', 0, 0)).toEqual({
      scenario: null,
      drill: {
        metric: 'handed_off',
        part: 'numerator',
        bucket: null,
        granularity: 'day',
        weekday: null,
        hour: null,
        reason: { source: 'agent', code: 'complex_or_policy' },
        intent: 'billing',
        scenarioClass: null,
        page: 1,
      },
    });
    expect(reasonBreakdownDrill(intents, 'bot', null, 0)).toMatchObject({
      scenario: null,
      drill: { reason: null, intent: 'billing' },
    });
    // Nor is "no intent".
    expect(reasonBreakdownDrill(intents, 'bot', null, 1)).toBeNull();
  });

  it('tabulates keys with their total and each reason', () => {
    const table = reasonBreakdownTable(reasonBreakdown(groups, 'intent'), en);
    expect(table.columns).toEqual([
      'Intent',
      'Escalations',
      'Complex or policy topic',
      'Low confidence',
      'Bot did not understand',
      'No reason given',
    ]);
    expect(table.rows[1]).toEqual(['No intent recognised', 10, 0, 4, 6, 0]);
  });
});
