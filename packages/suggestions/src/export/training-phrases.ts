import { byText } from '../order.js';
import type { Suggestion } from '../types.js';

/** The kinds that propose utterances; the others change answers, rules or flows, not training data. */
const PHRASE_KINDS = new Set<Suggestion['kind']>(['add_training_phrases', 'new_intent']);

/**
 * Control characters (Python's `splitlines` also breaks on \x1c–\x1e and \x85), lone surrogates, line
 * separators, BOM, non-characters: none of them printable in YAML.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cs}\u2028\u2029\ufeff\ufffe\uffff]/gu;
const SPACES = /\s+/gu;

/** One phrase as one line without padding, which every export format can hold; empty when nothing is left. */
export function cleanPhrase(phrase: string): string {
  return phrase.replace(UNPRINTABLE, ' ').replace(SPACES, ' ').trim();
}

export interface IntentPhrases {
  intent: string;
  phrases: string[];
}

/**
 * The phrases of `add_training_phrases` and `new_intent` suggestions merged per target intent: one
 * entry per intent in code-point order of its name, phrases in the order the suggestions give them,
 * each once.
 */
export function phrasesByIntent(suggestions: readonly Suggestion[]): IntentPhrases[] {
  const byIntent = new Map<string, Set<string>>();
  for (const s of suggestions) {
    if (!PHRASE_KINDS.has(s.kind) || s.intent === null) continue;
    let phrases = byIntent.get(s.intent);
    if (!phrases) byIntent.set(s.intent, (phrases = new Set()));
    for (const phrase of s.phrases) {
      const clean = cleanPhrase(phrase);
      if (clean !== '') phrases.add(clean);
    }
  }
  return [...byIntent]
    .filter(([, phrases]) => phrases.size > 0)
    .sort((a, b) => byText(a[0], b[0]))
    .map(([intent, phrases]) => ({ intent, phrases: [...phrases] }));
}
