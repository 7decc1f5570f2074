import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { confusionMatrix, confusionOption, confusionRowData, confusionTable } from './confusion-option.js';

const cells = [
  { bot_intent: 'refund_status', agent_intent: 'return_request', conversations: 25 },
  { bot_intent: 'none', agent_intent: 'order_status', conversations: 70 },
  { bot_intent: 'order_status', agent_intent: 'order_status', conversations: 4 },
  { bot_intent: 'store_hours', agent_intent: 'store_hours', conversations: 12 },
  { bot_intent: 'none', agent_intent: 'address_changed', conversations: 20 },
];

describe('intent confusion matrix', () => {
  const matrix = confusionMatrix(cells);

  it('orders both axes alike, so the bot was right on the diagonal; "none recognised" is the last row', () => {
    expect(matrix.rows).toEqual(['order_status', 'store_hours', 'refund_status', 'none']);
    expect(matrix.columns).toEqual(['order_status', 'store_hours', 'address_changed', 'return_request']);
    expect(matrix.counts.get('0:0')).toBe(4);
    expect(matrix.counts.get('1:1')).toBe(12);
    expect(matrix.counts.get('3:2')).toBe(25);
    expect(matrix.counts.get('0:3')).toBe(70);
    expect(matrix.max).toBe(70);
  });

  it('frames the cells where the bot named the intent the agent did', () => {
    const data = (
      confusionOption(matrix, en, 'en').series as {
        data: { value: unknown[]; itemStyle: { borderWidth: number } }[];
      }[]
    )[0]!.data;
    expect(data).toHaveLength(16);
    expect(data.filter((d) => d.itemStyle.borderWidth === 2).map((d) => d.value)).toEqual([
      [0, 0, 4],
      [1, 1, 12],
    ]);
  });

  it('tabulates every pair in the matrix order, in each language, with hooks naming the pair', () => {
    expect(confusionTable(matrix, en)).toEqual({
      columns: ['Bot’s intent', 'Agent’s intent', 'Conversations', 'Bot right'],
      rows: [
        ['order_status', 'order_status', 4, 'Yes'],
        ['store_hours', 'store_hours', 12, 'Yes'],
        ['refund_status', 'return_request', 25, 'No'],
        ['None recognised', 'order_status', 70, 'No'],
        ['None recognised', 'address_changed', 20, 'No'],
      ],
    });
    expect(confusionTable(matrix, zhCN).rows[3]).toEqual(['未识别', 'order_status', 70, '否']);
    expect(confusionRowData(matrix)(3)).toEqual({ 'data-bot-intent': 'none', 'data-agent-intent': 'order_status' });
  });

  it('escapes intents in the tooltip: they come from the data', () => {
    const odd = confusionMatrix([{ bot_intent: '<b>x</b>', agent_intent: 'y', conversations: 1 }]);
    const tooltip = confusionOption(odd, en, 'en').tooltip as { formatter: (p: unknown) => string };
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
