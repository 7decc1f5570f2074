import { sharedDataSet } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { readLabelledTweets } from '../scripts/twcs-labels.ts';
import { messageSentiment } from './index.ts';

const folder = sharedDataSet('twcs-sample-en');

describe('English on the hand-labelled customer tweets (needs ../shared/data/twcs-sample-en)', () => {
  it.skipIf(!folder)('gets the sign of at least 70% of the positive and negative test tweets', () => {
    const polar = readLabelledTweets(folder!).filter((t) => t.part === 'test' && t.label !== 'neutral');
    expect(polar.length).toBeGreaterThan(100);
    // A score of 0 is neither sign, so it counts as a miss.
    const correct = polar.filter((t) => {
      const score = messageSentiment(t.text) ?? 0;
      return t.label === 'positive' ? score > 0 : score < 0;
    }).length;
    expect(correct / polar.length).toBeGreaterThanOrEqual(0.7);
  });
});
