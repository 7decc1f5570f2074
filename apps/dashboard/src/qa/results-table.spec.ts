import { describe, expect, it } from 'vitest';
import type { ResultGroup } from '../api/qa-types.js';
import { en } from '../i18n/en.js';
import { groupTable, overallTable } from './results-table.js';

const group = (key: string, over: Partial<ResultGroup> = {}): ResultGroup => ({
  key,
  reviews: 12,
  mean_score: 81.3,
  mean_ci: [72.1, 89],
  pass_rate: { numerator: 8, denominator: 12, value: 8 / 12, ci: [0.391, 0.862] },
  auto_fails: 1,
  ...over,
});

describe('QA results tables', () => {
  it('writes each group with its intervals and fraction, paths and channels by name', () => {
    const table = groupTable(
      [
        group('bot_only'),
        group('human_only', {
          mean_score: null,
          mean_ci: null,
          pass_rate: { numerator: 0, denominator: 0, value: null, ci: null },
        }),
      ],
      'path',
      en,
      'en',
    );
    expect(table.columns[0]).toBe('Path');
    expect(table.rows).toEqual([
      ['Bot only', 12, '81.3', '72.1–89.0', '66.7%', '39.1%–86.2%', '8 / 12', 1],
      ['Human only', 12, '—', '—', '—', '—', '0 / 0', 1],
    ]);
    expect(groupTable([group('chat')], 'channel', en, 'en').rows[0]![0]).toBe('Chat');
    expect(groupTable([group('agent-7')], 'agent', en, 'en').rows[0]![0]).toBe('agent-7');
  });

  it('tables the overall figures of the cards', () => {
    expect(overallTable(group('all'), en, 'en').rows).toEqual([
      ['Reviews', 12, null, null, null, null],
      ['Mean score', '81.3', '72.1', '89.0', null, null],
      ['Pass rate', '66.7%', '39.1%', '86.2%', 8, 12],
      ['Auto-fails', 1, null, null, null, null],
    ]);
    expect(overallTable(null, en, 'en').rows).toEqual([]);
  });
});
