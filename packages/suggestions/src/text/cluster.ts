import { byText } from '../order.js';
import type { TfIdf, Vector } from './tfidf.js';

/**
 * Cosine similarity to a cluster's centroid at which an utterance joins it. Paraphrases of one request
 * ("where is my parcel" / "where's my parcel??" / "where is my package", 我的快递到哪了 / 快递到哪了)
 * score about 0.45–0.9 under the TF-IDF of `features`; different requests that share only filler
 * ("cancel my subscription", 我要退款) stay below about 0.2. 0.3 sits between, nearer the low side so
 * that a rewording with one new content word still joins a centroid built from several phrasings.
 */
export const CLUSTER_SIMILARITY = 0.3;

export interface Clusterable {
  /** Normalised utterance; the tie-breaking sort key, so the result never depends on input order. */
  text: string;
  /** How often it occurs: frequent forms seed clusters and pull centroids. */
  weight: number;
}

export interface Cluster<T extends Clusterable> {
  /** In the order they joined: the most central and frequent first. */
  members: T[];
  /** Similarity of each member to the final centroid, in `members` order. */
  similarities: number[];
  weight: number;
  /** Weighted mean similarity of the members to the centroid, 0..1: 1 when all are one phrasing. */
  tightness: number;
}

/** Feature → (owner index, weight): dot products against many vectors at the cost of the shared features only. */
class InvertedIndex {
  private readonly postings = new Map<string, { owner: number; weight: number }[]>();

  add(owner: number, feature: string, weight: number): void {
    let list = this.postings.get(feature);
    if (!list) this.postings.set(feature, (list = []));
    const last = list[list.length - 1];
    if (last?.owner === owner) last.weight += weight;
    else list.push({ owner, weight });
  }

  /** Owner → dot product with `vector`, for owners sharing at least one feature. */
  dots(vector: Vector): Map<number, number> {
    const out = new Map<number, number>();
    for (const [feature, weight] of vector) {
      for (const posting of this.postings.get(feature) ?? []) {
        out.set(posting.owner, (out.get(posting.owner) ?? 0) + weight * posting.weight);
      }
    }
    return out;
  }
}

/**
 * Deterministic density-ordered leader clustering. Each utterance's density is its own weight plus the
 * similarity-weighted weight of its neighbours at or above `threshold`; utterances are then taken in
 * order of density (ties by text) and each joins the cluster whose centroid is most similar, if that
 * is at least `threshold`, or starts its own. Central, frequent phrasings therefore seed clusters and
 * a rare outlier never becomes a centre; nothing depends on the order of `items`. Cost is one pass of
 * sparse dot products through inverted indexes, so thousands of utterances take well under a second.
 */
export function clusterUtterances<T extends Clusterable>(
  items: readonly T[],
  model: TfIdf,
  threshold = CLUSTER_SIMILARITY,
): Cluster<T>[] {
  const vectors = items.map((item) => model.vector(item.text));
  const itemIndex = new InvertedIndex();
  vectors.forEach((vector, i) => {
    for (const [feature, weight] of vector) itemIndex.add(i, feature, weight);
  });
  const density = items.map((item, i) => {
    let sum = item.weight;
    for (const [j, similarity] of itemIndex.dots(vectors[i]!)) {
      if (j !== i && similarity >= threshold) sum += similarity * items[j]!.weight;
    }
    return sum;
  });
  const order = items
    .map((_, i) => i)
    .sort((a, b) => density[b]! - density[a]! || byText(items[a]!.text, items[b]!.text));

  const centroidIndex = new InvertedIndex();
  const clusters: { members: number[]; sum: Map<string, number>; normSquared: number }[] = [];
  for (const i of order) {
    const vector = vectors[i]!;
    const weight = items[i]!.weight;
    let best = -1;
    let bestSimilarity = -Infinity;
    for (const [c, product] of centroidIndex.dots(vector)) {
      const similarity = product / Math.sqrt(clusters[c]!.normSquared);
      // On a tie the older cluster wins, so the result does not depend on Map iteration order.
      if (similarity > bestSimilarity || (similarity === bestSimilarity && c < best)) {
        best = c;
        bestSimilarity = similarity;
      }
    }
    if (best < 0 || bestSimilarity < threshold) {
      best = clusters.length;
      clusters.push({ members: [], sum: new Map(), normSquared: 0 });
      bestSimilarity = 0;
    }
    const cluster = clusters[best]!;
    // |s + w·v|² = |s|² + 2w(s·v) + w², with s·v = similarity × |s| before the update.
    cluster.normSquared += 2 * weight * bestSimilarity * Math.sqrt(cluster.normSquared) + weight * weight;
    for (const [feature, value] of vector) {
      cluster.sum.set(feature, (cluster.sum.get(feature) ?? 0) + weight * value);
      centroidIndex.add(best, feature, weight * value);
    }
    cluster.members.push(i);
  }

  return clusters
    .map((cluster) => {
      const norm = Math.sqrt(cluster.normSquared);
      const similarities = cluster.members.map((i) => {
        let product = 0;
        for (const [feature, value] of vectors[i]!) product += value * (cluster.sum.get(feature) ?? 0);
        return norm > 0 ? product / norm : 0;
      });
      let weight = 0;
      let weighted = 0;
      cluster.members.forEach((i, k) => {
        weight += items[i]!.weight;
        weighted += items[i]!.weight * similarities[k]!;
      });
      return {
        members: cluster.members.map((i) => items[i]!),
        similarities,
        weight,
        tightness: weight > 0 ? weighted / weight : 0,
      };
    })
    .sort((a, b) => b.weight - a.weight || byText(a.members[0]!.text, b.members[0]!.text));
}
