import type { MaskedSpan } from './kinds.js';

// Every pattern refuses to start or end inside a run of digits, ASCII letters or _: a phone number is not part of
// an order number (20240315123456789), a code (NW1773476349) or a token ([ORDERID_13812345678]). Chinese text may
// touch it (手机13812345678), which \b would not allow. Each pattern has a bounded length, so a scan is linear.
const PHONE_PATTERNS: readonly RegExp[] = [
  // Chinese mobiles: 1[3-9] and 9 more digits, as 11 or 3-4-4; optionally after 86, +86 or 0086.
  /(?<![\dA-Za-z_])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\dA-Za-z_])/g,
  // Chinese landlines with their area code: 010 and 02x take 8 digits, the 4-digit codes (0755) 7 or 8.
  /(?<![\dA-Za-z_])(?:(?:\(0(?:10|2\d)\)|0(?:10|2\d))[ -]?\d{4}|(?:\(0[3-9]\d\d\)|0[3-9]\d\d)[ -]?\d{3,4})[ -]?\d{4}(?![\dA-Za-z_])/g,
  // North American 3-3-4 with separators ((415) 555-0132, 415-555-0132, 1-800-555-0199): ten digits in one run
  // are as likely an order number.
  /(?<![\dA-Za-z_+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\dA-Za-z_])/g,
  // International numbers written with +: 8 to 15 digits (E.164 has at most 15), in groups or one run; an area
  // code may sit in brackets (+1 (415) 555-0132, +44 20 7946 0958, +8613812345678).
  /(?<![\dA-Za-z_+])\+[1-9](?:[ .-]?\(\d{1,4}\)|[ .-]?\d){7,14}(?![\dA-Za-z_])/g,
];

export function findPhones(text: string): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const pattern of PHONE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
