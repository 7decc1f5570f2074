/** Marks a code unit that normalisation drops. */
export const DROPPED = 0;
/** What every white-space code unit becomes. */
export const SPACE = 0x20;

/**
 * How normalisation folds one UTF-16 code unit, after NFKC has already turned full-width Latin, digits and
 * punctuation into ASCII: Latin is lower-cased; every digit becomes 0, so that 等了3天 and 等了5天 are the
 * same evidence; white space becomes a space; byte-order marks (which some reviews start with) and NUL are
 * dropped. A table, because the scorer looks up every character of every message.
 */
export const FOLD: Uint16Array = (() => {
  const fold = new Uint16Array(0x10000);
  for (let code = 0; code < fold.length; code++) fold[code] = code;
  for (let code = 0x41; code <= 0x5a; code++) fold[code] = code + 0x20;
  for (let code = 0x30; code <= 0x39; code++) fold[code] = 0x30;
  for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) {
    fold[code] = SPACE;
  }
  for (let code = 0x2000; code <= 0x200a; code++) fold[code] = SPACE;
  fold[0xfeff] = DROPPED;
  // A noncharacter, and the value FAST_FOLD reserves for NEEDS_NFKC.
  fold[0xffff] = DROPPED;
  return fold;
})();

/** In FAST_FOLD: the code unit may change under NFKC or combine with its neighbours. */
export const NEEDS_NFKC = 0xffff;

// Where Chinese messages spend almost all their characters: Latin, general and CJK punctuation, the CJK
// ideographs and the full-width forms.
const FAST_RANGES: readonly [number, number][] = [
  [0x0000, 0x02ff],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];

/**
 * FOLD after NFKC in one step, for the code units whose NFKC form is one code unit whatever surrounds them
 * (no combining marks); NEEDS_NFKC for the rest. A text made only of such code units normalises one code unit
 * at a time, which saves the scorer the cost of String.normalize on nearly every message.
 */
export const FAST_FOLD: Uint16Array = (() => {
  const fast = new Uint16Array(0x10000).fill(NEEDS_NFKC);
  for (const [from, to] of FAST_RANGES) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCharCode(code);
      const nfkc = char.normalize('NFKC');
      if (nfkc.length === 1 && !/\p{M}/u.test(char) && !/\p{M}/u.test(nfkc)) fast[code] = FOLD[nfkc.charCodeAt(0)]!;
    }
  }
  return fast;
})();

/**
 * The normalised form of a text for the Chinese model: NFKC, each code unit folded, runs of white space as one
 * space, none at either end. The scorer walks the same steps without building the string.
 */
export function normaliseZh(text: string): string {
  const nfkc = text.normalize('NFKC');
  const out: string[] = [];
  let pendingSpace = false;
  for (let i = 0; i < nfkc.length; i++) {
    const code = FOLD[nfkc.charCodeAt(i)]!;
    if (code === DROPPED) continue;
    if (code === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out.push(' ');
    pendingSpace = false;
    out.push(String.fromCharCode(code));
  }
  return out.join('');
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * The features of a text for the Chinese model: every distinct character and every distinct pair of adjacent
 * characters of its normalised form, as strings. Characters outside the Basic Multilingual Plane (emoji,
 * rare ideographs) are left out, and so are pairs that touch them: the scorer indexes characters by UTF-16
 * code unit. Training uses this; the scorer counts the same set without building strings.
 */
export function zhFeatures(text: string): Set<string> {
  const units = normaliseZh(text);
  const features = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    if (isSurrogate(units.charCodeAt(i))) continue;
    features.add(units[i]!);
    if (i + 1 < units.length && !isSurrogate(units.charCodeAt(i + 1))) features.add(units.slice(i, i + 2));
  }
  return features;
}
