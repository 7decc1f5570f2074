import type { Draft } from './detect/context.js';
import { suggestionId } from './hash.js';
import { byText } from './order.js';
import { MIN_SHARED_PREVIOUS_MEMBERS } from './thresholds.js';
import type { PreviousSuggestion, Suggestion } from './types.js';

function overlap(current: ReadonlySet<string>, previous: readonly string[]): { shared: number; jaccard: number } {
  const prev = new Set(previous);
  let common = 0;
  for (const m of prev) if (current.has(m)) common++;
  const union = current.size + prev.size - common;
  return { shared: prev.size === 0 ? 0 : common / prev.size, jaccard: union === 0 ? 0 : common / union };
}

/**
 * Gives every draft its id. Intent-keyed kinds keep the id of the previous suggestion with the same
 * kind and key. Clusters (`new_intent`) keep the id of the previous one of their kind whose members
 * they hold at least MIN_SHARED_PREVIOUS_MEMBERS of (share of the previous members, so a cluster that
 * grew still matches; pairs are matched greedily, best share then Jaccard first, one to one), else
 * of the previous one with the same key. Everything else gets `sg_` + a hash of kind and key; a
 * collision with an id already given gets a counter appended to the hashed key.
 */
export function assignIds(drafts: readonly Draft[], previous: readonly PreviousSuggestion[]): Suggestion[] {
  const ids: (string | undefined)[] = drafts.map(() => undefined);
  const used = new Set<string>();
  const taken = new Set<PreviousSuggestion>();
  const take = (i: number, prev: PreviousSuggestion) => {
    ids[i] = prev.id;
    used.add(prev.id);
    taken.add(prev);
  };

  const pairs: { i: number; prev: PreviousSuggestion; shared: number; jaccard: number }[] = [];
  drafts.forEach((draft, i) => {
    if (!draft.clustered) return;
    const members = new Set(draft.members);
    for (const prev of previous) {
      if (prev.kind !== draft.kind) continue;
      const o = overlap(members, prev.members);
      if (o.shared >= MIN_SHARED_PREVIOUS_MEMBERS) pairs.push({ i, prev, ...o });
    }
  });
  pairs.sort(
    (a, b) =>
      b.shared - a.shared ||
      b.jaccard - a.jaccard ||
      byText(a.prev.id, b.prev.id) ||
      byText(drafts[a.i]!.key, drafts[b.i]!.key),
  );
  for (const { i, prev } of pairs) {
    if (ids[i] === undefined && !taken.has(prev) && !used.has(prev.id)) take(i, prev);
  }

  drafts.forEach((draft, i) => {
    if (ids[i] !== undefined) return;
    const prev = previous.find((p) => p.kind === draft.kind && p.key === draft.key && !taken.has(p) && !used.has(p.id));
    if (prev) take(i, prev);
  });

  // Reused ids are reserved before new ones are hashed, so a new suggestion never takes an old one's id.
  return drafts.map((draft, i) => {
    let id = ids[i];
    for (let n = 1; id === undefined || (ids[i] === undefined && used.has(id)); n++) {
      id = suggestionId(draft.kind, n === 1 ? draft.key : `${draft.key}#${n}`);
    }
    used.add(id);
    const { clustered: _clustered, ...rest } = draft;
    return { id, ...rest };
  });
}
