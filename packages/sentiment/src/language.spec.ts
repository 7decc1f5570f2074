import { describe, expect, it } from 'vitest';
import { sentimentLanguage } from './index.ts';

describe('sentimentLanguage', () => {
  it('sends text with CJK ideographs to the Chinese model', () => {
    expect(sentimentLanguage('怎么还没发货')).toBe('zh');
    expect(sentimentLanguage('我的order还没到')).toBe('zh');
    expect(sentimentLanguage('退款 please')).toBe('zh');
    expect(sentimentLanguage('衛生紙')).toBe('zh');
  });

  it('sends everything else to the English model', () => {
    expect(sentimentLanguage('where is my order')).toBe('en');
    expect(sentimentLanguage('')).toBe('en');
    expect(sentimentLanguage('12345')).toBe('en');
    expect(sentimentLanguage('ありがとう')).toBe('en');
  });

  it('follows the content over the locale hint', () => {
    expect(sentimentLanguage('ok thanks', 'zh-CN')).toBe('en');
    expect(sentimentLanguage('退款', 'en-US')).toBe('zh');
    expect(sentimentLanguage('退款', null)).toBe('zh');
  });
});
