/**
 * Trains the Chinese model and writes model/zh-model.json: logistic regression on the presence of character
 * unigrams and bigrams, fitted by AdaGrad on the training part of the shared review corpus (the held-out
 * tenth is never read) plus a hundred hand-written service messages. Classes are weighted equally so that a
 * text with no evidence either way lands near 0. Same data, same model: the order of examples is shuffled by
 * a fixed seed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zhFeatures } from '../src/zh-text.ts';
import type { ZhModelFile } from '../src/zh-model.ts';
import { sharedDataFolder } from './shared-data.ts';
import { SERVICE_PHRASES } from './zh-service-phrases.ts';
import { isHeldOut, readReviews } from './zh-reviews.ts';

// Features seen in fewer training examples than this are mostly names and typos; dropping them keeps the
// file small at no cost in held-out accuracy.
const MIN_EXAMPLES = 3;
const EPOCHS = 2;
const LEARNING_RATE = 0.2;
const L2 = 1e-6;
const SCALE = 0.01;
const SEED = 20240506;
// A service phrase stands for this many reviews: there are a hundred of them against fifty thousand reviews.
const PHRASE_WEIGHT = 10;
const TARGET = { positive: 1, negative: 0, neutral: 0.5 } as const;

const MODEL_PATH = fileURLToPath(new URL('../model/zh-model.json', import.meta.url));

interface Example {
  features: string[];
  /** P(positive) the model should give. */
  target: number;
  weight: number;
}

const reviews = readReviews(sharedDataFolder('chinese-sentiment-reviews-zh')).filter((r) => !isHeldOut(r.text));
const positives = reviews.filter((r) => r.label === 1).length;
const classWeight = [reviews.length / (2 * (reviews.length - positives)), reviews.length / (2 * positives)];
const examples: Example[] = reviews.map((r) => ({
  features: [...zhFeatures(r.text)],
  target: r.label,
  weight: classWeight[r.label]!,
}));
for (const [kind, phrases] of Object.entries(SERVICE_PHRASES) as [keyof typeof TARGET, readonly string[]][]) {
  for (const phrase of phrases) {
    examples.push({ features: [...zhFeatures(phrase)], target: TARGET[kind], weight: PHRASE_WEIGHT });
  }
}

const exampleCount = new Map<string, number>();
for (const { features, weight } of examples) {
  const count = Math.max(1, Math.round(weight));
  for (const feature of features) exampleCount.set(feature, (exampleCount.get(feature) ?? 0) + count);
}
const vocabulary = [...exampleCount].filter(([, n]) => n >= MIN_EXAMPLES).map(([feature]) => feature);
const featureId = new Map(vocabulary.map((feature, id) => [feature, id]));
const encoded = examples.map(({ features }) =>
  Int32Array.from(features.map((f) => featureId.get(f)).filter((id) => id !== undefined)),
);

const weights = new Float64Array(vocabulary.length);
const squaredGradients = new Float64Array(vocabulary.length).fill(1e-8);
let bias = 0;
let biasSquaredGradient = 1e-8;

let state = SEED;
const random = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const order = examples.map((_, i) => i);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const e of order) {
    const ids = encoded[e]!;
    const { target, weight } = examples[e]!;
    let logit = bias;
    for (const id of ids) logit += weights[id]!;
    const gradient = (1 / (1 + Math.exp(-logit)) - target) * weight;
    for (const id of ids) {
      const g = gradient + L2 * weights[id]!;
      squaredGradients[id]! += g * g;
      weights[id]! -= (LEARNING_RATE * g) / Math.sqrt(squaredGradients[id]!);
    }
    biasSquaredGradient += gradient * gradient;
    bias -= (LEARNING_RATE * gradient) / Math.sqrt(biasSquaredGradient);
  }
}

const stored: Record<string, number> = {};
const byFeature = vocabulary.map((feature, id) => [feature, id] as const).sort(([a], [b]) => (a < b ? -1 : 1));
for (const [feature, id] of byFeature) {
  const weight = Math.round(weights[id]! / SCALE);
  if (weight !== 0) stored[feature] = weight;
}
const phraseCount = Object.values(SERVICE_PHRASES).reduce((n, phrases) => n + phrases.length, 0);
const model: ZhModelFile = {
  about:
    'Logistic regression on the presence of character unigrams and bigrams (NFKC, lower-case, digits as 0), ' +
    `trained on ${reviews.length} reviews of chinese-sentiment-reviews-zh (held-out tenth excluded) and ` +
    `${phraseCount} hand-written service messages; features in at least ${MIN_EXAMPLES} examples. ` +
    'Written by scripts/train-zh.ts.',
  bias: Math.round(bias * 1000) / 1000,
  scale: SCALE,
  weights: stored,
};
writeFileSync(MODEL_PATH, JSON.stringify(model, null, 2) + '\n');
console.log(`${examples.length} examples; ${Object.keys(stored).length} features kept; wrote ${MODEL_PATH}`);
