import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline.js';

describe('sparklinePath', () => {
  it('scales the lowest value to the bottom and the highest to the top', () => {
    // x steps of 100 / 2 = 50; 0 → y 20, 5 → y 10, 10 → y 0
    expect(sparklinePath([0, 5, 10], 100, 20)).toBe('M0 20L50 10L100 0');
  });

  it('breaks the line at a missing value and draws a lone point as a dot', () => {
    // x steps of 30; 1 is the lowest (y 10) and 2 the highest (y 0)
    expect(sparklinePath([1, null, 2, null], 90, 10)).toBe('M0 10h0M60 0h0');
    expect(sparklinePath([1, 3, null, 3], 90, 10)).toBe('M0 10L30 0M90 0h0');
  });

  it('draws a flat series through the middle and nothing without values', () => {
    expect(sparklinePath([4, 4], 10, 8)).toBe('M0 4L10 4');
    expect(sparklinePath([null, null], 10, 8)).toBe('');
  });
});
