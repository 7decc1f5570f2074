import { describe, expect, it } from 'vitest';
import { seededStream, uniformOf } from './random.js';

describe('uniformOf', () => {
  it('depends only on the seed and the key', () => {
    expect(uniformOf(7, 'c-1')).toBe(uniformOf(7, 'c-1'));
    expect(uniformOf(7, 'c-1')).not.toBe(uniformOf(8, 'c-1'));
    expect(uniformOf(7, 'c-1')).not.toBe(uniformOf(7, 'c-2'));
  });

  it('spreads evenly over (0, 1): mean 1/2, variance 1/12, tenths within 5 % of 1/10', () => {
    const n = 100_000;
    const values = Array.from({ length: n }, (_, i) => uniformOf(42, `conversation-${i}`));
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
    const tenths = new Array<number>(10).fill(0);
    for (const v of values) tenths[Math.floor(v * 10)]!++;
    for (const count of tenths) expect(Math.abs(count - n / 10)).toBeLessThan(n / 200);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('seededStream', () => {
  it('repeats for a seed', () => {
    const a = seededStream(3);
    const b = seededStream(3);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
