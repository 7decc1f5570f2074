const APOSTROPHES = /['‘’‛′`]/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}\s]+/gu;
const NUMBERS = /\p{N}+/gu;
const SPACES = /\s+/gu;

/** What a run of digits becomes, so that order numbers, dates and amounts do not split clusters. */
export const NUMBER_PLACEHOLDER = '#';

/**
 * One form per utterance for clustering and identity: NFKC folds full-width letters, digits and
 * punctuation (？→?, ＡＢＣ→ABC), Latin is lower-cased, apostrophes are dropped so "where's" and
 * "wheres" meet, punctuation, symbols and emoji become spaces, and each run of digits becomes `#`.
 */
export function normaliseUtterance(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .replace(NUMBERS, ` ${NUMBER_PLACEHOLDER} `)
    .replace(SPACES, ' ')
    .trim();
}
