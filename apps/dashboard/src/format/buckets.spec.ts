import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { bucketsOf, bucketStart, formatBucket } from './buckets.js';

describe('buckets', () => {
  it('starts weeks on Monday and months on the first, as the service does', () => {
    // 2026-03-01 is a Sunday.
    expect(bucketStart('2026-03-01', 'week')).toBe('2026-02-23');
    expect(bucketStart('2026-03-02', 'week')).toBe('2026-03-02');
    expect(bucketStart('2026-03-31', 'month')).toBe('2026-03-01');
    expect(bucketStart('2026-03-31', 'day')).toBe('2026-03-31');
  });

  it('lists every bucket overlapping the window, the first one possibly starting before it', () => {
    expect(bucketsOf('2026-03-01', '2026-03-17', 'week')).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(bucketsOf('2026-01-31', '2026-04-01', 'month')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    expect(bucketsOf('2026-03-30', '2026-04-01', 'day')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01']);
  });

  it('names a bucket by its grain in the language of the page', () => {
    expect(formatBucket('2026-03-02', 'day', en, 'en')).toBe('Mar 2, 2026');
    expect(formatBucket('2026-03-02', 'week', en, 'en')).toBe('Week of Mar 2, 2026');
    expect(formatBucket('2026-03-01', 'month', en, 'en')).toBe('Mar 2026');
    expect(formatBucket('2026-03-02', 'week', zhCN, 'zh-CN')).toBe('2026年3月2日当周');
    expect(formatBucket('2026-03-01', 'month', zhCN, 'zh-CN')).toBe('2026年3月');
  });
});
