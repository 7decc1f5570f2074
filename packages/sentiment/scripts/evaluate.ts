/**
 * Prints how well the models do: Chinese on the held-out tenth of the review corpus, English on the
 * hand-labelled customer tweets, and how long one message takes. The figures in docs/sentiment.md come
 * from here.
 */
import { messageSentiment } from '../src/index.ts';
import { formatScores, scores } from './metrics.ts';
import { sharedDataFolder } from './shared-data.ts';
import { readLabelledTweets, type LabelledTweet, type Polarity } from './twcs-labels.ts';
import { isHeldOut, readReviews } from './zh-reviews.ts';

// For the three-way figures only: a score this close to 0 counts as neutral.
const NEUTRAL_BAND = 0.1;

const score = (text: string): number => messageSentiment(text) ?? 0;
// A score of exactly 0 (no evidence either way) is neither class, so it counts as a miss in two-way figures.
const polarity = (s: number): Polarity => (s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral');

const heldOut = readReviews(sharedDataFolder('chinese-sentiment-reviews-zh')).filter((r) => isHeldOut(r.text));
const zhPairs = heldOut.map((r) => ({
  source: r.source,
  truth: r.label === 1 ? ('positive' as Polarity) : ('negative' as Polarity),
  predicted: polarity(score(r.text)),
}));
console.log(formatScores('Chinese, held-out reviews', scores(zhPairs, ['positive', 'negative'])));
for (const source of ['online_shopping', 'waimai'] as const) {
  const part = zhPairs.filter((p) => p.source === source);
  console.log(formatScores(`  of which ${source}`, scores(part, ['positive', 'negative'])));
}

const tweets = readLabelledTweets(sharedDataFolder('twcs-sample-en'));
function english(title: string, set: readonly LabelledTweet[]): void {
  const polar = set.filter((t) => t.label !== 'neutral');
  const binary = polar.map((t) => ({ truth: t.label, predicted: polarity(score(t.text)) }));
  const undecided = binary.filter((p) => p.predicted === 'neutral').length;
  const title2 = `English, ${title}, positive vs negative (${undecided} scored exactly 0, counted as misses)`;
  console.log(formatScores(title2, scores(binary, ['positive', 'negative'])));
  const threeWay = set.map((t) => {
    const s = score(t.text);
    const predicted = Math.abs(s) < NEUTRAL_BAND ? 'neutral' : polarity(s);
    return { truth: t.label, predicted };
  });
  const title3 = `English, ${title}, three-way (|score| < ${NEUTRAL_BAND} is neutral)`;
  console.log(formatScores(title3, scores(threeWay, ['positive', 'negative', 'neutral'])));
}
english(
  'test tweets (odd ids)',
  tweets.filter((t) => t.part === 'test'),
);
english(
  'dev tweets (even ids, used to extend the word list)',
  tweets.filter((t) => t.part === 'dev'),
);
english('all labelled tweets', tweets);

/** Mean microseconds per message over repeated passes, after a warm-up pass. */
function microseconds(texts: readonly string[]): number {
  let sink = 0;
  for (const text of texts) sink += score(text);
  let messages = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (const text of texts) sink += score(text);
    messages += texts.length;
  }
  const elapsed = performance.now() - start;
  if (Number.isNaN(sink)) throw new Error('a score was NaN');
  return (elapsed * 1000) / messages;
}

const typical = (text: string): boolean => text.length >= 10 && text.length <= 60;
const zhTypical = heldOut.map((r) => r.text).filter(typical);
const enTypical = tweets.map((t) => t.text).filter(typical);
console.log(
  `Speed, one core: Chinese ${microseconds(zhTypical).toFixed(2)} µs/message (${zhTypical.length} held-out reviews of 10–60 characters)`,
);
console.log(
  `Speed, one core: English ${microseconds(enTypical).toFixed(2)} µs/message (${enTypical.length} labelled tweets of 10–60 characters)`,
);
