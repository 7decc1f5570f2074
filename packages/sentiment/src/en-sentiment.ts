import { BOOSTERS, isNegator, LEXICON, SYMBOLS } from './en-lexicon.ts';

// The constants of VADER (Hutto & Gilbert, 2014), rescaled from its −4 … 4 valences to AFINN's −5 … 5.
const NEGATION = -0.74;
const CAPS_EMPHASIS = 0.9;
const EXCLAMATION = 0.36;
const MAX_EXCLAMATIONS = 4;
const NORMALISER = 15 * (5 / 4) ** 2;
// Negators reach this many words ahead, inside their clause.
const NEGATION_REACH = 3;
// Around "but", what comes after it is what the customer means.
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;

// Sentence punctuation ends a clause, and so does a hashtag: each one is a thought of its own.
const CLAUSE_ENDS: ReadonlySet<number> = new Set([...'!.,;:?#'].map((c) => c.charCodeAt(0)));

interface Token {
  word: string;
  /** Written in capitals in a message that is not all capitals: shouting one word. */
  shouted: boolean;
  clause: number;
}

function isWordCode(code: number): boolean {
  const lower = code | 0x20;
  return (
    (lower >= 0x61 && lower <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 && code < 0x2000 && code !== 0xd7 && code !== 0xf7)
  );
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function isLinkAt(text: string, i: number): boolean {
  return (
    (text.startsWith('http', i) && (text.startsWith('://', i + 4) || text.startsWith('s://', i + 4))) ||
    text.startsWith('www.', i)
  );
}

function skipToSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) > 0x20) i++;
  return i;
}

/** The symbol (emoticon or emoji) starting at `i`, with its length, if it is one we know. */
function symbolAt(text: string, i: number): [valence: number, length: number] | null {
  const code = text.codePointAt(i)!;
  // Emoticons start with one of : ; < and every emoji we know is above U+2600.
  if (code !== 0x3a && code !== 0x3b && code !== 0x3c && code < 0x2600) return null;
  const emoji = SYMBOLS.get(code);
  if (emoji !== undefined) return [emoji, code > 0xffff ? 2 : 1];
  for (const length of [3, 2]) {
    const valence = SYMBOLS.get(text.slice(i, i + length).toLowerCase());
    // An emoticon stands alone: the colon of "Note:Done" is no smile.
    if (valence !== undefined && !isWordCode(text.charCodeAt(i + length))) return [valence, length];
  }
  return null;
}

/**
 * Sentiment of an English text in (−1, 1): the valences of its words and phrases (AFINN-165 with
 * customer-service additions), turned by negations, strengthened by boosters, capitals and exclamation marks,
 * weighted towards what follows "but", and squashed by VADER's x / √(x² + α).
 */
export function enSentiment(text: string): number {
  const tokens: Token[] = [];
  let symbols = 0;
  let exclamations = 0;
  let clause = 0;
  let hasLower = false;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code === 0x40 || isLinkAt(text, i)) {
      // @mentions and links name someone or something; they say nothing about feelings.
      i = skipToSpace(text, i);
      continue;
    }
    if (isWordCode(code)) {
      const start = i;
      while (
        i < text.length &&
        (isWordCode(text.charCodeAt(i)) ||
          ((isApostrophe(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d) && isWordCode(text.charCodeAt(i + 1))))
      ) {
        i++;
      }
      const original = text.slice(start, i);
      const word = original.toLowerCase().replace(/\u2019/g, "'");
      const upper = original.toUpperCase();
      if (original !== upper) hasLower = true;
      tokens.push({ word, shouted: original.length > 1 && original === upper && upper !== word, clause });
      continue;
    }
    const symbol = symbolAt(text, i);
    if (symbol) {
      symbols += symbol[0];
      i += symbol[1];
      continue;
    }
    if (code === 0x21) exclamations++;
    if (CLAUSE_ENDS.has(code)) clause++;
    i++;
  }
  return squash(wordValence(tokens, hasLower) + symbols, exclamations);
}

function wordValence(tokens: readonly Token[], hasLower: boolean): number {
  const but = tokens.findIndex((t) => t.word === 'but');
  let total = 0;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    const entry = LEXICON.get(token.word)?.find((e) => e.rest.every((w, k) => tokens[i + 1 + k]?.word === w));
    if (!entry || entry.valence === 0) {
      i++;
      continue;
    }
    let valence = entry.valence;
    const previous = tokens[i - 1];
    const boost = previous && previous.clause === token.clause ? BOOSTERS.get(previous.word) : undefined;
    if (boost !== undefined) valence += Math.sign(valence) * boost;
    if (token.shouted && hasLower) valence += Math.sign(valence) * CAPS_EMPHASIS;
    if (!isNegator(token.word) && isNegated(tokens, i)) valence *= NEGATION;
    if (but >= 0) valence *= i < but ? BEFORE_BUT : AFTER_BUT;
    total += valence;
    i += 1 + entry.rest.length;
  }
  return total;
}

/**
 * Whether a negator comes shortly before token i in its clause. "no" reaches only the next word: it negates
 * as a determiner (no good) but opens many complaints as an interjection (no its still broken). A word or
 * phrase that is itself a negation (no, no reply, not working) already carries its sign and is not turned.
 */
function isNegated(tokens: readonly Token[], i: number): boolean {
  const clause = tokens[i]!.clause;
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH); k--) {
    const token = tokens[k]!;
    if (token.clause !== clause) return false;
    if (token.word === 'no' ? k === i - 1 : isNegator(token.word)) return true;
  }
  return false;
}

function squash(total: number, exclamations: number): number {
  const emphasised = total + Math.sign(total) * EXCLAMATION * Math.min(exclamations, MAX_EXCLAMATIONS);
  return emphasised / Math.sqrt(emphasised * emphasised + NORMALISER);
}
