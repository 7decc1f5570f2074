import { describe, expect, it } from 'vitest';
import { firstZone, isTimeZone } from './time-zone.js';

describe('time zones', () => {
  it('knows IANA names and refuses made-up ones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Nowhere/City')).toBe(false);
  });

  it('takes the first usable candidate, UTC when there is none', () => {
    expect(firstZone('Nowhere/City', null, 'Europe/Berlin')).toBe('Europe/Berlin');
    expect(firstZone(undefined, 'Nowhere/City')).toBe('UTC');
  });
});
