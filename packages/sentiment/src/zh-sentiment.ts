import { readFileSync } from 'node:fs';
import { ZhScorer, type ZhModelFile } from './zh-model.ts';

// model/ sits beside both src/ and dist/, so the same relative URL finds it from sources and from the build.
const scorer = new ZhScorer(
  JSON.parse(readFileSync(new URL('../model/zh-model.json', import.meta.url), 'utf8')) as ZhModelFile,
);

/** Sentiment of a Chinese text in (-1, 1): 2·P(positive) − 1 under the Chinese model. */
export function zhSentiment(text: string): number {
  return Math.tanh(scorer.logit(text) / 2);
}
