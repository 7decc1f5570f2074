const QUOTES = /[‘’‛′]/g;
const SEPARATOR = '\u0000';

/**
 * One form for matching: NFKC folds full-width letters, digits and punctuation to their ASCII forms
 * (！→!, ＡＢＣ→ABC), Latin is lower-cased, and curly apostrophes become straight so "don’t" = "don't".
 */
export function normalise(text: string | null | undefined): string {
  if (!text) return '';
  return text.normalize('NFKC').toLowerCase().replace(QUOTES, "'");
}

/** `normalise` of each text; one call over the joined texts costs a fraction of one call per text. */
export function normaliseAll(texts: readonly (string | null | undefined)[]): string[] {
  const parts = normalise(texts.map((t) => t ?? '').join(SEPARATOR)).split(SEPARATOR);
  return parts.length === texts.length ? parts : texts.map(normalise);
}
