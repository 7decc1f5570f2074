import type { MaskedSpan } from './kinds.js';

// 18-character resident ID numbers (GB 11643-1999): a region code (6), a birth date (8), a sequence (3) and a
// check character; also written in groups of 6-8-4. Not inside a longer run of digits or letters, so order
// codes and JDDC's [ORDERID_…] tokens stay. The 15-digit form of before 1999 is not matched (docs/privacy.md).
const CN_ID = /(?<![\dA-Za-z_])[1-9]\d{5}([ -]?)\d{8}\1\d{3}[\dXx](?![\dA-Za-z_])/g;

// ISO 7064 MOD 11-2: the weight of position i (from the left) is 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** Whether 18 characters (17 digits and a digit or X/x) carry a valid check character and a real birth date. */
export function isChineseId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  if (CHECK_CHARACTERS[sum % 11] !== id.charAt(17).toUpperCase()) return false;
  return isBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** A real day in 1900–2099: a fixed range, so whether a number is masked does not depend on today's date. */
function isBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

export function findChineseIds(text: string): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const match of text.matchAll(CN_ID)) {
    if (isChineseId(match[0].replace(/[ -]/g, ''))) {
      spans.push({ kind: 'cn_id', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
