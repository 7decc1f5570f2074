import { findCards } from './card.js';
import { findChineseIds } from './cn-id.js';
import { findEmails } from './email.js';
import { foldWidth } from './fold-width.js';
import { PLACEHOLDERS, type MaskResult, type MaskedSpan, type PersonalDataKind } from './kinds.js';
import { linkCharacters } from './link.js';
import { findPhones } from './phone.js';

// Which kind wins when two candidates cover the same characters and are equally long. An e-mail never ties (it
// holds an @); an ID number is more specific than a card number of the same 18 digits; 86 and a mobile in one run
// of 13 digits is a phone, whatever its Luhn sum, since no card network issues numbers that start so.
const TIE_ORDER: Readonly<Record<PersonalDataKind, number>> = { email: 0, cn_id: 1, phone: 2, card: 3 };

/**
 * Replaces e-mail addresses, phone numbers, payment card numbers and Chinese resident ID numbers with typed
 * placeholders. Overlapping candidates: the longest wins, then TIE_ORDER, then the earliest.
 */
export function maskPersonalData(text: string): MaskResult {
  const folded = foldWidth(text);
  // Numbers inside a link are paths, ids and timestamps (web.archive.org/web/20200401225851/), and masking them
  // would break the link; an e-mail address is masked wherever it stands.
  const inLink = linkCharacters(folded);
  const numbers = [...findChineseIds(folded), ...findPhones(folded), ...findCards(folded)];
  const candidates = [...findEmails(folded), ...numbers.filter((span) => inLink[span.start] === 0)];
  const masked = chooseNonOverlapping(candidates, text.length);
  let result = '';
  let copiedUpTo = 0;
  for (const span of masked) {
    result += text.slice(copiedUpTo, span.start) + PLACEHOLDERS[span.kind];
    copiedUpTo = span.end;
  }
  return { text: result + text.slice(copiedUpTo), masked };
}

/** For callers holding nullable message text: null stays null. */
export function maskedOrNull(text: string | null): string | null {
  return text === null ? null : maskPersonalData(text).text;
}

function chooseNonOverlapping(candidates: MaskedSpan[], textLength: number): MaskedSpan[] {
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || TIE_ORDER[a.kind] - TIE_ORDER[b.kind] || a.start - b.start,
  );
  // Marking taken characters keeps this linear: candidates are short, and few cover the same character.
  const taken = new Uint8Array(textLength);
  const chosen: MaskedSpan[] = [];
  for (const candidate of candidates) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
