import { sharedDataSet } from '@tandem/fixtures';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeldOut, readReviews } from '../scripts/zh-reviews.ts';
import { ZhScorer, type ZhModelFile } from './zh-model.ts';
import { zhSentiment } from './zh-sentiment.ts';
import { zhFeatures } from './zh-text.ts';

const folder = sharedDataSet('chinese-sentiment-reviews-zh');

describe('Chinese model on the held-out reviews (needs ../shared/data/chinese-sentiment-reviews-zh)', () => {
  const heldOut = folder ? readReviews(folder).filter((r) => isHeldOut(r.text)) : [];

  it.skipIf(!folder)('holds out one review in ten', () => {
    expect(heldOut.length).toBeGreaterThan(5500);
    expect(heldOut.length).toBeLessThan(7000);
  });

  it.skipIf(!folder)('classifies at least 85% of them correctly', () => {
    const correct = heldOut.filter((r) => zhSentiment(r.text) > 0 === (r.label === 1)).length;
    expect(correct / heldOut.length).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(!folder)('scores each of them as the features that training sees', () => {
    const model = JSON.parse(readFileSync(new URL('../model/zh-model.json', import.meta.url), 'utf8')) as ZhModelFile;
    const scorer = new ZhScorer(model);
    for (const { text } of heldOut) {
      let reference = model.bias;
      for (const feature of zhFeatures(text)) reference += (model.weights[feature] ?? 0) * model.scale;
      expect(scorer.logit(text)).toBeCloseTo(reference, 3);
    }
  });
});
