import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './instants.js';

describe('instants', () => {
  it('formats a local day as that very date, whatever the zone of the machine', () => {
    expect(formatDay('2026-03-01', 'en')).toBe('Mar 1, 2026');
    expect(formatDay('2026-03-01', 'zh-CN')).toBe('2026年3月1日');
  });

  it('formats an instant on the wall clock of the view zone', () => {
    // 01:30 UTC is 09:30 in Shanghai.
    expect(formatInstant('2026-03-02T01:30:00Z', 'en', 'Asia/Shanghai')).toBe('Mar 2, 2026, 9:30 AM');
    expect(formatInstant('2026-03-02T01:30:00Z', 'en', 'UTC')).toBe('Mar 2, 2026, 1:30 AM');
    expect(formatInstant(null, 'en', 'UTC')).toBe('—');
  });
});
