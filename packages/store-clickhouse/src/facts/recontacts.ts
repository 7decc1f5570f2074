/*
 * Recontact links, as DuckDB's LINK_RECONTACTS sets them (packages/store-duckdb/src/conversation-facts.ts).
 * Instants are fixed-width UTC ISO strings, so string order is time order.
 */

export interface RecontactCandidate {
  conversation_id: string;
  customer_id: string | null;
  started_at: string;
  closed_at: string | null;
}

/** An empty customer id is "unknown", never the same customer as another empty one. */
const isKnown = (customer: string | null): customer is string => customer !== null && customer !== '';

/** Index of the first start strictly after `probe` in ascending `starts`, or `starts.length`. */
function firstAfter(starts: readonly string[], probe: string): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! > probe) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** For every closed conversation with a non-empty customer: the customer's earliest started_at strictly after greatest(started_at, closed_at), or null; as LINK_RECONTACTS does. Conversations not closed or without customer map to null too. */
export function nextStartsAfterClose(conversations: readonly RecontactCandidate[]): Map<string, string | null> {
  const startsByCustomer = new Map<string, string[]>();
  for (const c of conversations) {
    if (!isKnown(c.customer_id)) continue;
    let starts = startsByCustomer.get(c.customer_id);
    if (!starts) startsByCustomer.set(c.customer_id, (starts = []));
    starts.push(c.started_at);
  }
  for (const starts of startsByCustomer.values()) starts.sort();

  const next = new Map<string, string | null>();
  for (const c of conversations) {
    const starts = isKnown(c.customer_id) ? startsByCustomer.get(c.customer_id) : undefined;
    if (!starts || c.closed_at === null) {
      next.set(c.conversation_id, null);
      continue;
    }
    // Probing from the later of start and close keeps a conversation from matching itself when a
    // skewed clock stamps its close before its start.
    const probe = c.closed_at > c.started_at ? c.closed_at : c.started_at;
    next.set(c.conversation_id, starts[firstAfter(starts, probe)] ?? null);
  }
  return next;
}
