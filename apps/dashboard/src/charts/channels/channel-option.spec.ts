import { describe, expect, it } from 'vitest';
import type { BreakdownGroup } from '../../api/types.js';
import { en } from '../../i18n/en.js';
import { zhCN } from '../../i18n/zh-CN.js';
import { emptyAggregate } from '../../test-support.js';
import { channelOption, channelRows, channelTable } from './channel-option.js';

function group(key: string, total: number): BreakdownGroup {
  const a = emptyAggregate();
  a.conversations.total = total;
  return { ...a, key };
}

describe('channel chart', () => {
  const rows = channelRows([group('chat', 30), group('web', 15), group('fax', 5)]);

  it('gives each channel its share of the 50 conversations', () => {
    expect(rows).toEqual([
      { channel: 'chat', conversations: 30, share: 0.6 },
      { channel: 'web', conversations: 15, share: 0.3 },
      { channel: 'fax', conversations: 5, share: 0.1 },
    ]);
  });

  it('labels known channels in the language of the page and keeps unknown ones as sent', () => {
    const option = channelOption(rows, zhCN, 'zh-CN');
    expect((option.yAxis as { data: string[] }).data).toEqual(['在线客服', '网页', 'fax']);
    expect(channelTable(rows, en, 'en').rows).toEqual([
      ['Chat', 30, '60.0%'],
      ['Web', 15, '30.0%'],
      ['fax', 5, '10.0%'],
    ]);
  });
});
