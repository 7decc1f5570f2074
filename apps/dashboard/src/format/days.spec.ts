import { describe, expect, it } from 'vitest';
import { addDays, dayCount, daysOf, presetRange, previousPeriod, todayIn } from './days.js';

describe('days', () => {
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('counts both ends of a window', () => {
    expect(dayCount('2026-03-01', '2026-03-10')).toBe(10);
    expect(dayCount('2026-03-05', '2026-03-05')).toBe(1);
  });

  it('lists every day, including the DST change in Europe (29 March 2026)', () => {
    expect(daysOf('2026-03-28', '2026-03-31')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
  });

  it('takes the previous period of equal length', () => {
    expect(previousPeriod('2026-03-01', '2026-03-10')).toEqual({ from: '2026-02-19', to: '2026-02-28' });
    expect(previousPeriod('2026-03-10', '2026-03-10')).toEqual({ from: '2026-03-09', to: '2026-03-09' });
  });

  it("reads today's date in a zone", () => {
    // 2026-03-09T17:30Z is 01:30 on the 10th in Shanghai (UTC+8) and still the 9th in New York.
    const now = new Date('2026-03-09T17:30:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-03-10');
    expect(todayIn('America/New_York', now)).toBe('2026-03-09');
    expect(todayIn('UTC', now)).toBe('2026-03-09');
  });

  it('turns presets into windows ending today', () => {
    expect(presetRange('last7', '2026-03-10')).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(presetRange('last30', '2026-03-10')).toEqual({ from: '2026-02-09', to: '2026-03-10' });
    expect(presetRange('last90', '2026-03-10')).toEqual({ from: '2025-12-11', to: '2026-03-10' });
    expect(presetRange('thisMonth', '2026-03-10')).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    expect(presetRange('lastMonth', '2026-03-10')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});
