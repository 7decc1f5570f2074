import { byText, sortedUnique } from '../order.js';
import { clusterUtterances, type Cluster } from '../text/cluster.js';
import { normaliseUtterance } from '../text/normalise.js';
import type { TfIdf } from '../text/tfidf.js';

/** One normalised form and every raw utterance and conversation behind it. */
export interface UtteranceGroup {
  /** Normalised; what `members` and clustering use. */
  text: string;
  /** Occurrences. */
  weight: number;
  /** What a trainer sees: the most frequent raw form, ties by code point. */
  display: string;
  conversationIds: string[];
}

export interface Said {
  text: string;
  conversationId: string;
}

/** Raw text as one line: a phrase may not span lines in any export. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Groups raw utterances by normalised form, in code-point order of that form; empty forms are dropped. */
export function groupUtterances(said: readonly Said[]): UtteranceGroup[] {
  const byForm = new Map<string, { raws: Map<string, number>; conversations: Set<string>; weight: number }>();
  for (const { text, conversationId } of said) {
    const form = normaliseUtterance(text);
    const raw = oneLine(text);
    if (form === '' || raw === '') continue;
    let group = byForm.get(form);
    if (!group) byForm.set(form, (group = { raws: new Map(), conversations: new Set(), weight: 0 }));
    group.weight++;
    group.raws.set(raw, (group.raws.get(raw) ?? 0) + 1);
    group.conversations.add(conversationId);
  }
  return [...byForm]
    .sort((a, b) => byText(a[0], b[0]))
    .map(([text, group]) => ({
      text,
      weight: group.weight,
      display: [...group.raws].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]![0],
      conversationIds: sortedUnique(group.conversations),
    }));
}

/**
 * Orders the groups of clusters so that each cluster gets places in proportion to its weight
 * (D'Hondt: the k-th member of a cluster ranks at k / weight), most central member first within a
 * cluster. A target intent missed in two languages or two ways of asking gets phrases of each, and a
 * one-off utterance comes only after the common ones.
 */
export function representativeOrder(clusters: readonly Cluster<UtteranceGroup>[]): UtteranceGroup[] {
  const ranked: { group: UtteranceGroup; key: number; cluster: number; position: number }[] = [];
  clusters.forEach((cluster, c) => {
    cluster.members.forEach((group, k) =>
      ranked.push({ group, key: (k + 1) / cluster.weight, cluster: c, position: k }),
    );
  });
  ranked.sort((a, b) => a.key - b.key || a.cluster - b.cluster || a.position - b.position);
  return ranked.map((r) => r.group);
}

/** Groups, clusters and orders utterances: what phrase-carrying suggestions are made of. */
export function rankUtterances(
  said: readonly Said[],
  model: TfIdf,
): { ordered: UtteranceGroup[]; clusters: Cluster<UtteranceGroup>[] } {
  const clusters = clusterUtterances(groupUtterances(said), model);
  return { ordered: representativeOrder(clusters), clusters };
}
