import type { Kysely } from 'kysely';
import type { EngineFunctions } from './engine.js';
import type { EventRow } from './event-row.js';
import type { Database } from './tables.js';

export interface StoreAdapter {
  /** Which engine is behind the store, for logs and the health endpoint only. */
  readonly engine: string;
  readonly db: Kysely<Database>;
  readonly fn: EngineFunctions;
  /**
   * Stores the events whose `(workspace_id, event_id)` is new — a key repeated within the call counts
   * once, as its first row — and rebuilds the facts of the conversations they touch, all in one
   * commit. Resolves, once the commit is durable, with the rows that were stored.
   */
  appendEvents(rows: readonly EventRow[]): Promise<Set<EventRow>>;
  close(): Promise<void>;
}
