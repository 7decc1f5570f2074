import { enSentiment } from './en-sentiment.ts';
import { hasLetters, sentimentLanguage } from './language.ts';
import { zhSentiment } from './zh-sentiment.ts';

/**
 * Sentiment of one message in [-1, 1] (negative … positive); null for text with no letters or CJK characters.
 * Pure and deterministic; the models load once, when the module does.
 */
export function messageSentiment(text: string, locale?: string | null): number | null {
  if (!hasLetters(text)) return null;
  return sentimentLanguage(text, locale) === 'zh' ? zhSentiment(text) : enSentiment(text);
}
