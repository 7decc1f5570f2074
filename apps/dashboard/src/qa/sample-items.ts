import type { SampleItem, SampleKind } from '../api/qa-types.js';

/** The item before or after `position` in the sample's order, or null at either end. */
export function stepItem(items: SampleItem[], conversationId: string, step: -1 | 1): SampleItem | null {
  const index = items.findIndex((i) => i.conversation_id === conversationId);
  return index === -1 ? null : (items[index + step] ?? null);
}

export function reviewedBy(item: SampleItem, userId: string): boolean {
  return item.reviews.some((r) => r.reviewer.user_id === userId);
}

/**
 * Whether an item still waits for this reviewer: in a calibration sample every reviewer scores every
 * item; in a review sample an item is done once anyone has reviewed it, and an item assigned to
 * someone else is theirs.
 */
export function waitsFor(item: SampleItem, kind: SampleKind, userId: string): boolean {
  if (kind === 'calibration') return !reviewedBy(item, userId);
  if (item.assigned_to && item.assigned_to.user_id !== userId) return false;
  return item.reviews.length === 0;
}

/**
 * Where to go after a review: the next item, in the sample's order and round to the start, that still
 * waits for this reviewer; the item just reviewed counts as done. Null when none is left.
 */
export function nextUnreviewed(
  items: SampleItem[],
  kind: SampleKind,
  conversationId: string,
  userId: string,
): SampleItem | null {
  const from = items.findIndex((i) => i.conversation_id === conversationId);
  for (let n = 1; n < items.length; n++) {
    const item = items[(from + n + items.length) % items.length]!;
    if (item.conversation_id !== conversationId && waitsFor(item, kind, userId)) return item;
  }
  return null;
}
