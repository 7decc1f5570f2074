import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { compareReasons, reasonColour, reasonKey, reasonLabel } from './reason-labels.js';
import { stackByReason } from './stack-by-reason.js';

describe('reason labels', () => {
  it('names missing reasons and keeps codes it does not know', () => {
    expect(reasonKey(null)).toBe('none');
    expect(reasonLabel(null, zhCN)).toBe('未给出原因');
    expect(reasonLabel('bot_not_understood', en)).toBe('Bot did not understand');
    expect(reasonLabel('moon_phase', en)).toBe('moon_phase');
    expect(reasonColour('moon_phase')).not.toBe(reasonColour(null));
  });

  it('orders codes as listed, unknown codes after them, no reason last', () => {
    expect(['other', null, 'moon_phase', 'customer_requested_human'].sort(compareReasons)).toEqual([
      'customer_requested_human',
      'other',
      'moon_phase',
      null,
    ]);
  });

  it('stacks cells by reason over the keys asked for, ignoring others', () => {
    const series = stackByReason(
      [
        { key: 'a', reason: 'other', conversations: 1 },
        { key: 'z', reason: 'other', conversations: 9 },
      ],
      ['a', 'b'],
    );
    expect(series).toEqual([{ reason: 'other', counts: [1, 0], total: 1 }]);
  });
});
