import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale.js';

describe('pickLocale', () => {
  it('keeps a remembered choice', () => {
    expect(pickLocale('en', 'zh-CN')).toBe('en');
    expect(pickLocale('zh-CN', 'en-US')).toBe('zh-CN');
  });

  it('maps every Chinese browser language to zh-CN and the rest to en', () => {
    expect(pickLocale(null, 'zh-TW')).toBe('zh-CN');
    expect(pickLocale(null, 'zh')).toBe('zh-CN');
    expect(pickLocale(null, 'de-DE')).toBe('en');
    expect(pickLocale('fr', 'en-GB')).toBe('en');
  });
});
