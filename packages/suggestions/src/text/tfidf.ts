import { featuresOf } from './features.js';

/** A sparse vector of unit length: feature → weight. */
export type Vector = ReadonlyMap<string, number>;

/**
 * TF-IDF over a corpus of normalised utterances, each distinct text counted once: words that every
 * customer writes ("my", "我", "the") weigh little, the ones that name a topic weigh much. Term
 * frequency is sublinear (1 + ln tf) and the IDF smoothed, ln((1 + N) / (1 + df)) + 1, as in
 * scikit-learn's TfidfVectorizer, so a feature never seen in the corpus still counts.
 */
export class TfIdf {
  private readonly documentFrequency = new Map<string, number>();
  private readonly documents: number;

  constructor(corpus: Iterable<string>) {
    const distinct = new Set(corpus);
    this.documents = distinct.size;
    for (const text of distinct) {
      for (const feature of featuresOf(text).keys()) {
        this.documentFrequency.set(feature, (this.documentFrequency.get(feature) ?? 0) + 1);
      }
    }
  }

  idf(feature: string): number {
    return Math.log((1 + this.documents) / (1 + (this.documentFrequency.get(feature) ?? 0))) + 1;
  }

  vector(normalised: string): Vector {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [feature, count] of featuresOf(normalised)) {
      const weight = (1 + Math.log(count)) * this.idf(feature);
      weights.set(feature, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [feature, weight] of weights) weights.set(feature, weight / norm);
    return weights;
  }
}

/** Dot product; for unit vectors, their cosine similarity. */
export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [feature, weight] of small) sum += weight * (large.get(feature) ?? 0);
  return sum;
}

/** The unit-length weighted mean of the vectors of `items`: a cluster's or an intent's centre. */
export function centroidOf(items: Iterable<{ text: string; weight: number }>, model: TfIdf): Vector {
  const sum = new Map<string, number>();
  for (const { text, weight } of items) {
    for (const [feature, value] of model.vector(text)) sum.set(feature, (sum.get(feature) ?? 0) + weight * value);
  }
  let norm = 0;
  for (const value of sum.values()) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [feature, value] of sum) sum.set(feature, value / norm);
  return sum;
}
