/*
 * The idempotency check: `event_keys` holds one row per stored `(workspace_id, event_id)`, and
 * its primary key decides whether a staged event is new.
 */

/** Fast path: claims every staged key, leaving duplicates unclaimed (then rowsChanged falls short). */
export const CLAIM_STAGED_KEYS =
  'INSERT INTO event_keys SELECT workspace_id, event_id FROM staged_events ON CONFLICT DO NOTHING';

/** Slow path, when a batch repeats stored events: drops them from the stage and names them. */
export const DROP_STORED_FROM_STAGE =
  'DELETE FROM staged_events AS s USING event_keys AS k WHERE k.workspace_id = s.workspace_id AND k.event_id = s.event_id RETURNING s.workspace_id, s.event_id';
