// Han covers the ideographs of Chinese (simplified and traditional) and the kanji that Japanese shares with it.
const HAN = /\p{Script=Han}/u;
// Letters of any script, Han included: a message without any (digits, punctuation, emoji) has no sentiment to read.
const LETTER = /\p{L}/u;

/**
 * Which model a text goes to: 'zh' when it contains CJK ideographs, else 'en'.
 *
 * Content decides, not the locale: a conversation's locale says which language the workspace expected,
 * while customers of a zh-CN queue write "ok thanks" and customers of an en-US queue paste 退款. The locale is
 * taken so callers can pass what they have without changing the signature if it is ever needed.
 */
export function sentimentLanguage(text: string, _locale?: string | null): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}

/** Whether the text has any letter or ideograph to score. */
export function hasLetters(text: string): boolean {
  return LETTER.test(text);
}
