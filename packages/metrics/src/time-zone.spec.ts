import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, localDate, nextDate, startOfLocalDay } from './time-zone.js';

describe('local calendar arithmetic', () => {
  it('finds where a local day starts in UTC', () => {
    expect(startOfLocalDay('2026-03-04', 'Asia/Shanghai').toISOString()).toBe('2026-03-03T16:00:00.000Z');
    expect(startOfLocalDay('2026-03-04', 'UTC').toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(startOfLocalDay('2026-03-04', 'America/New_York').toISOString()).toBe('2026-03-04T05:00:00.000Z');
  });

  it('follows daylight saving time changes', () => {
    // New York moves to EDT (UTC-4) on 2026-03-08; London to BST on 2026-03-29.
    expect(startOfLocalDay('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    // Santiago springs forward at midnight on 2026-09-06: 00:00 never happens, the day starts at 01:00 (-03).
    expect(startOfLocalDay('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(startOfLocalDay('2026-09-05', 'America/Santiago').toISOString()).toBe('2026-09-05T04:00:00.000Z');
    // Half-hour zone.
    expect(startOfLocalDay('2026-03-04', 'Asia/Kolkata').toISOString()).toBe('2026-03-03T18:30:00.000Z');
  });

  it('steps over month and year ends', () => {
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });

  it('knows the local date of an instant', () => {
    const instant = Date.parse('2026-03-03T17:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-03-03');
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-03-04');
  });

  it('takes IANA zone names only, in their canonical spelling', () => {
    expect(canonicalTimeZone('Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('asia/shanghai')).toBe('Asia/Shanghai');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('+08:00')).toBeNull();
  });
});
