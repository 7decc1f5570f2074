import { NUMBER_PLACEHOLDER } from './normalise.js';

/** Scripts written without spaces: read as characters, since there is no dictionary to cut words. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

/** Feature → count, for one utterance. */
export type Features = Map<string, number>;

function add(features: Features, feature: string): void {
  features.set(feature, (features.get(feature) ?? 0) + 1);
}

function addUnspaced(features: Features, run: string): void {
  const chars = [...run];
  chars.forEach((char, i) => {
    add(features, `c:${char}`);
    if (i > 0) add(features, `c:${chars[i - 1]}${char}`);
  });
}

function addWord(features: Features, word: string): void {
  add(features, `w:${word}`);
  // Character 3-grams of the word with its boundaries catch spelling variants ("wheres"/"where").
  const chars = [...`<${word}>`];
  for (let i = 0; i + 3 <= chars.length; i++) add(features, `g:${chars.slice(i, i + 3).join('')}`);
}

/**
 * Language-agnostic features of a normalised utterance: Han (and kana) as character 1- and 2-grams,
 * other words as the word itself plus its character 3-grams. The number placeholder carries no meaning.
 */
export function featuresOf(normalised: string): Features {
  const features: Features = new Map();
  for (const token of normalised.split(' ')) {
    if (token === '' || token === NUMBER_PLACEHOLDER) continue;
    let last = 0;
    for (const match of token.matchAll(UNSPACED_RUN)) {
      if (match.index > last) addWord(features, token.slice(last, match.index));
      addUnspaced(features, match[0]);
      last = match.index + match[0].length;
    }
    if (last < token.length) addWord(features, token.slice(last));
  }
  return features;
}

/** True when most letters of the utterance are in a script written without spaces (Chinese, Japanese). */
export function isMostlyUnspaced(normalised: string): boolean {
  let unspaced = 0;
  let letters = 0;
  for (const char of normalised) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(char)) unspaced++;
  }
  return letters > 0 && unspaced * 2 >= letters;
}
