import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { ratio } from '../../test-support.js';
import { slotOption, slotRows, slotTable } from './repeat-asks-option.js';

describe('repeat asks by slot', () => {
  const rows = slotRows({ repeat_ask: ratio(4, 40), repeat_ask_slots: { phone: 1, order_number: 4, vin: 2 } });

  it('lists every known slot in order, zero where none was asked again, then unknown ones', () => {
    expect(rows.map((r) => [r.slot, r.conversations])).toEqual([
      ['order_number', 4],
      ['phone', 1],
      ['email', 0],
      ['account', 0],
      ['vin', 2],
    ]);
  });

  it('shares are of the handoffs an agent answered', () => {
    expect(rows[0]!.share).toBe(0.1);
    expect(slotRows({ repeat_ask: ratio(0, 0), repeat_ask_slots: {} })[0]!.share).toBeNull();
  });

  it('labels slots in the language of the page and exports what it shows', () => {
    expect((slotOption(rows, zhCN, 'zh-CN').yAxis as { data: string[] }).data).toEqual([
      '订单号',
      '手机号',
      '邮箱',
      '账号',
      'vin',
    ]);
    expect(slotTable(rows, en, 'en').rows[0]).toEqual(['Order number', 4, '10.0%']);
  });
});
