import { describe, expect, it } from 'vitest';
import { isChineseId } from './cn-id.js';

// Check characters worked by hand: the 17 digits times the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, summed,
// mod 11, read in "10X98765432".
describe('isChineseId', () => {
  it.each([
    // GB 11643-1999's own example: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167, mod 11 = 2 → X.
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    // 28+36+0+15+0+20+2+9+54+0+0+9+0+5+8+8+8 = 202, mod 11 = 4 → 8.
    ['440305199001011248', true],
    // 29 February 2000 (a leap year): 7+9+0+5+0+20+4+0+0+0+0+18+20+45+0+0+2 = 130, mod 11 = 9 → 3.
    ['110105200002290013', true],
    // The GB example with a wrong check character.
    ['110105194912310021', false],
    // Check character right (…+30+0+8+8+6 = 173, mod 11 = 8 → 4), but 30 February is no date.
    ['110105194902301234', false],
    // Check character right (137, mod 11 = 5 → 7), but 1900 was not a leap year.
    ['110105190002290017', false],
    // The 15-digit form of before 1999 is not read (docs/privacy.md).
    ['110105491231002', false],
    ['1101051949123100', false],
  ])('%s → %s', (id, expected) => {
    expect(isChineseId(id)).toBe(expected);
  });
});
