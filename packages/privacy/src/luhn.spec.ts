import { describe, expect, it } from 'vitest';
import { passesLuhn } from './luhn.js';

// Sums worked by hand: from the right, every second digit doubled (a result above 9 less 9), then all added.
describe('passesLuhn', () => {
  it.each([
    // Visa's published test number: doubled 4→8 and seven 1s→2 (22), plus eight 1s (8): 30.
    ['4111111111111111', true],
    // The same with the last digit one higher: 31.
    ['4111111111111112', false],
    // Mastercard's test number: doubled six 5s→1 (6) and two 4s→8 (16), plus six 5s and two 4s (38): 60.
    ['5555555555554444', true],
    // American Express's test number, 15 digits: doubled 7,2,2,4,3,0,0 → 5,4,4,8,6,0,0 (27), plus 3,8,8,2,6,1,0,5 (33): 60.
    ['378282246310005', true],
    // 19 digits, check digit chosen by hand: doubled 2,7,0,2,4,6,8,0,2 → 4,5,0,4,8,3,7,0,4 (35), plus 6,1,0,1,3,5,7,9,1 and 2 (35): 70.
    ['6217001234567890122', true],
    // An order number: doubled 0,4,3,5,2,4,6,8 → 0,8,6,1,4,8,3,7 (37), plus 2,2,0,1,1,3,5,7,9 (30): 67.
    ['20240315123456789', false],
  ])('%s → %s', (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});
