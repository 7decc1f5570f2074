import type { MaskedSpan } from './kinds.js';
import { passesLuhn } from './luhn.js';

// Runs of digit groups joined by single spaces or hyphens, not starting inside a word or a longer number. A card
// number is looked for inside each run, so one followed by its CVV (4111 1111 1111 1111 123) is still found.
const DIGIT_RUN = /(?<![\dA-Za-z_])\d+(?:[ -]\d+)*/g;
const DIGIT_GROUP = /\d+/g;
const WORD_CHARACTER = /[A-Za-z_]/;

interface Group {
  start: number;
  end: number;
  digits: string;
}

export function findCards(text: string): MaskedSpan[] {
  const spans: MaskedSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const groups = Array.from(run[0].matchAll(DIGIT_GROUP), (group) => ({
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
      digits: group[0],
    }));
    // A last group glued to letters (…1111abc) belongs to a code, not to a card number.
    if (WORD_CHARACTER.test(text.charAt(run.index + run[0].length))) groups.pop();
    let first = 0;
    while (first < groups.length) {
      const last = lastGroupOfCard(groups, first);
      if (last === undefined) {
        first++;
      } else {
        spans.push({ kind: 'card', start: groups[first]!.start, end: groups[last]!.end });
        first = last + 1;
      }
    }
  }
  return spans;
}

/** The last group of the longest card number that starts at groups[first], if one does. */
function lastGroupOfCard(groups: readonly Group[], first: number): number | undefined {
  for (let last = Math.min(first + 4, groups.length - 1); last >= first; last--) {
    const candidate = groups.slice(first, last + 1).map((group) => group.digits);
    const digits = candidate.join('');
    // No issuer number starts with 0, which also keeps 0086-prefixed phone numbers out.
    const plausible = digits.length >= 13 && digits.length <= 19 && !digits.startsWith('0');
    if (plausible && isCardLayout(candidate.map((group) => group.length)) && passesLuhn(digits)) return last;
  }
  return undefined;
}

/** One run of digits; groups of four with a shorter last group (4-4-4-4, 4-4-4-4-3); or American Express's 4-6-5. */
function isCardLayout(layout: readonly number[]): boolean {
  if (layout.length === 1) return true;
  if (layout.join('-') === '4-6-5') return true;
  const last = layout[layout.length - 1] ?? 0;
  return layout.length >= 3 && layout.slice(0, -1).every((length) => length === 4) && last >= 1 && last <= 4;
}
