import { describe, expect, it } from 'vitest';
import type { CostAnswer } from '../api/types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { costChannelDrill, costChannelTable, costFigures, costFigureTable } from './cost-figures.js';

const chat = {
  channel: 'chat',
  closed: 10,
  bot_involved: 8,
  contained: 6,
  resolved: 8,
  human_handled: 4,
  agent_minutes: 20.4,
  bot_cost: 4,
  agent_cost: 40.8,
  total: 44.8,
  cost_per_contact: 4.48,
  cost_per_resolution: 5.6,
  human_cost_per_contact: 10.2,
  bot_cost_per_contact: 0.5,
  savings: 58.2,
};

const cost: CostAnswer = {
  query: null as never,
  currency: 'CNY',
  ...chat,
  channels: [chat, { ...chat, channel: 'fax', resolved: 0, cost_per_resolution: null, savings: null }],
};

describe('cost on the overview', () => {
  const figures = costFigures(cost, en, 'en');

  it('takes the three figures from the answer, in its currency', () => {
    expect(figures.map((f) => [f.key, f.value])).toEqual([
      ['cost_per_contact', 4.48],
      ['cost_per_resolution', 5.6],
      ['savings', 58.2],
    ]);
    expect(figures[0]!.detail).toBe('CN¥44.80 over 10 closed conversations');
    expect(costFigureTable(figures[2]!, 'CNY', zhCN, 'zh-CN').rows[0]!.slice(0, 2)).toEqual([
      '机器人独立解决节省的成本',
      '¥58.20',
    ]);
  });

  it('lists the closed conversations behind a contact, the resolved behind a resolution, the contained behind savings', () => {
    expect(figures[0]!.drill?.metric).toBe('closed');
    expect(figures[1]!.drill?.metric).toBe('resolved');
    expect(figures[2]!.drill?.metric).toBe('bot_only');
    expect(costChannelDrill(cost, 1)).toMatchObject({ channel: 'fax', drill: { metric: 'closed' } });
  });

  it('tabulates each channel, an unknown amount as a dash', () => {
    const table = costChannelTable(cost, en, 'en');
    expect(table.rows[0]).toEqual(['Chat', 10, 6, 20, 'CN¥44.80', 'CN¥4.48', 'CN¥5.60', 'CN¥10.20', 'CN¥58.20']);
    expect(table.rows[1]![6]).toBe('—');
    expect(table.rows[1]![8]).toBe('—');
  });
});
