import { byText } from '../order.js';
import { isMostlyUnspaced } from './features.js';
import { NUMBER_PLACEHOLDER } from './normalise.js';
import type { Clusterable } from './cluster.js';
import type { TfIdf } from './tfidf.js';

/** At most this many words in a proposed name: enough to tell "change_delivery_address" from "change_password". */
const NAME_WORDS = 3;
/** A word joins the name when it scores at least this share of the best word: the topic, not the filler. */
const NAME_WORD_SHARE = 0.5;
/** Longest Chinese substring considered: intent names stay short, and longer ones are rarely shared. */
const NAME_MAX_CHARS = 10;

const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A deterministic intent name for a cluster of utterances, with no dictionary. Chinese: the multi-
 * character substring with the best share-of-utterances × summed IDF of its character pairs, so the
 * most frequent substring wins unless it is filler every customer writes (我的). Other languages: the
 * words with the best share × IDF (at most three, each at least half the best), in the order customers
 * say them, joined by `_` — "can I change my delivery address" → `change_delivery_address`.
 */
export function proposeIntentName(members: readonly Clusterable[], model: TfIdf): string {
  let unspaced = 0;
  let total = 0;
  for (const m of members) {
    total += m.weight;
    if (isMostlyUnspaced(m.text)) unspaced += m.weight;
  }
  const name = unspaced * 2 >= total ? substringName(members, model) : wordName(members, model);
  return name || 'unnamed_topic';
}

function wordName(members: readonly Clusterable[], model: TfIdf): string {
  const share = new Map<string, number>();
  const position = new Map<string, { sum: number; weight: number }>();
  let total = 0;
  for (const { text, weight } of members) {
    total += weight;
    const words = text.split(' ').filter((w) => w !== '' && w !== NUMBER_PLACEHOLDER && !HAS_UNSPACED.test(w));
    const seen = new Set<string>();
    words.forEach((word, i) => {
      const at = position.get(word) ?? { sum: 0, weight: 0 };
      at.sum += weight * (words.length > 1 ? i / (words.length - 1) : 0);
      at.weight += weight;
      position.set(word, at);
      if (seen.has(word)) return;
      seen.add(word);
      share.set(word, (share.get(word) ?? 0) + weight);
    });
  }
  const scored = [...share]
    .map(([word, count]) => ({ word, score: (count / total) * model.idf(`w:${word}`) }))
    .sort((a, b) => b.score - a.score || byText(a.word, b.word));
  const best = scored[0]?.score ?? 0;
  const chosen = scored.filter((s) => s.score >= best * NAME_WORD_SHARE).slice(0, NAME_WORDS);
  const meanPosition = (word: string) => {
    const at = position.get(word)!;
    return at.sum / at.weight;
  };
  return chosen
    .map((c) => c.word)
    .sort((a, b) => meanPosition(a) - meanPosition(b) || byText(a, b))
    .join('_');
}

function substringName(members: readonly Clusterable[], model: TfIdf): string {
  const share = new Map<string, number>();
  for (const { text, weight } of members) {
    const seen = new Set<string>();
    for (const match of text.matchAll(UNSPACED_RUN)) {
      const chars = [...match[0]];
      for (let i = 0; i < chars.length; i++) {
        for (let n = 2; n <= NAME_MAX_CHARS && i + n <= chars.length; n++) seen.add(chars.slice(i, i + n).join(''));
      }
    }
    for (const s of seen) share.set(s, (share.get(s) ?? 0) + weight);
  }
  let best = '';
  let bestScore = 0;
  for (const [substring, count] of share) {
    const chars = [...substring];
    let idf = 0;
    for (let i = 1; i < chars.length; i++) idf += model.idf(`c:${chars[i - 1]}${chars[i]}`);
    const score = count * idf;
    if (score > bestScore || (score === bestScore && byText(substring, best) < 0)) {
      best = substring;
      bestScore = score;
    }
  }
  return best;
}
