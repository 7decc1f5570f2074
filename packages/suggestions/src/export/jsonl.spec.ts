import { describe, expect, it } from 'vitest';
import { EXPORTED } from '../test-support/export-fixtures.js';
import { toJsonl } from './jsonl.js';

describe('toJsonl', () => {
  it('writes one object per suggestion per line, of every kind, that parse back equal', () => {
    const text = toJsonl(EXPORTED);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(EXPORTED.length);
    expect(lines.map((line) => JSON.parse(line))).toEqual(EXPORTED);
  });

  it('keeps line breaks inside phrases escaped', () => {
    const text = toJsonl(EXPORTED);
    expect(text.split('\n').length - 1).toBe(EXPORTED.length);
  });

  it('is empty for no suggestions', () => {
    expect(toJsonl([])).toBe('');
  });
});
