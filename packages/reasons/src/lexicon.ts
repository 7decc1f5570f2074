import { isNegated } from './negation.js';

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/;
/** Escapes (`\b`, `\s`, `\p{P}`) are not letters of a word. */
const ESCAPE = /\\(?:p\{[^}]*\}|.)/g;

/** Normalised text and the scripts it contains, worked out once per text rather than per lexicon. */
export interface Scanned {
  text: string;
  latin: boolean;
  han: boolean;
}

export function scan(text: string): Scanned {
  return { text, latin: LATIN.test(text), han: HAN.test(text) };
}

function compile(alternatives: readonly string[]): RegExp | undefined {
  return alternatives.length === 0 ? undefined : new RegExp(alternatives.join('|'), 'gmu');
}

/** The top-level alternatives of a pattern: `a|(b|c)|[|]` gives `a`, `(b|c)`, `[|]`. */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * A list of patterns over normalised text (normalise.ts), compiled once. Chinese entries are plain
 * substrings; English ones carry their own word boundaries. Alternatives are grouped by script so a text
 * runs only the groups it can match (one large alternation is slower than small ones that skip fast):
 * those with a Han character run on texts with Han, those with Latin letters on texts with Latin, and
 * the rest (digits, punctuation) on every text.
 */
export class Lexicon {
  private readonly latin: RegExp | undefined;
  private readonly han: RegExp | undefined;
  private readonly rest: RegExp | undefined;

  constructor(entries: readonly string[]) {
    const all = entries.flatMap(alternatives);
    const han = all.filter((a) => HAN.test(a));
    const latin = all.filter((a) => !HAN.test(a) && LATIN.test(a.replace(ESCAPE, '')));
    this.han = compile(han);
    this.latin = compile(latin);
    this.rest = compile(all.filter((a) => !han.includes(a) && !latin.includes(a)));
  }

  private patterns(s: Scanned): (RegExp | undefined)[] {
    return [s.latin ? this.latin : undefined, s.han ? this.han : undefined, this.rest];
  }

  /** A match that is not negated in its clause, or undefined. */
  find(s: Scanned): string | undefined {
    for (const pattern of this.patterns(s)) {
      const hit = pattern && first(pattern, s.text);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  /** How many times the text matches, negated or not: for marks where negation means nothing. */
  count(s: Scanned): number {
    let n = 0;
    for (const pattern of this.patterns(s)) {
      if (pattern === undefined) continue;
      pattern.lastIndex = 0;
      while (nextMatch(pattern, s.text)) n++;
    }
    return n;
  }
}

/**
 * `exec` on a shared global pattern, stepping over empty matches. Loops use it from `lastIndex = 0`:
 * `matchAll` clones the pattern on every call, which costs more than the matching on short texts.
 */
export function nextMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const m = pattern.exec(text);
  if (m !== null && m[0] === '') pattern.lastIndex++;
  return m;
}

function first(pattern: RegExp, text: string): string | undefined {
  pattern.lastIndex = 0;
  for (let m = nextMatch(pattern, text); m !== null; m = nextMatch(pattern, text)) {
    if (!isNegated(text, m.index, m.index + m[0].length)) return m[0];
  }
  return undefined;
}
