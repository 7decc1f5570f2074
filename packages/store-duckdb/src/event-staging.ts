import type { DuckDBAppender } from '@duckdb/node-api';
import type { EventRow } from '@tandem/store';

type Kind = 'text' | 'double' | 'integer' | 'boolean' | 'instant';

/** Columns of `events` in table order, with how each is appended; the staging table mirrors them. */
const COLUMNS: [keyof EventRow, Kind][] = [
  ['workspace_id', 'text'],
  ['event_id', 'text'],
  ['type', 'text'],
  ['conversation_id', 'text'],
  ['ts', 'instant'],
  ['received_at', 'instant'],
  ['channel', 'text'],
  ['customer_id', 'text'],
  ['locale', 'text'],
  ['scenario', 'text'],
  ['queue', 'text'],
  ['brand', 'text'],
  ['started_by', 'text'],
  ['message_id', 'text'],
  ['author', 'text'],
  ['author_id', 'text'],
  ['text', 'text'],
  ['intent', 'text'],
  ['confidence', 'double'],
  ['fallback', 'boolean'],
  ['sentiment', 'double'],
  ['handoff_from', 'text'],
  ['to_queue', 'text'],
  ['reason', 'text'],
  ['reason_text', 'text'],
  ['bot_intent', 'text'],
  ['context_passed', 'boolean'],
  ['agent_id', 'text'],
  ['team', 'text'],
  ['outcome', 'text'],
  ['resolved_by', 'text'],
  ['disposition', 'text'],
  ['score', 'integer'],
  ['comment', 'text'],
  ['feedback_kind', 'text'],
  ['correct_intent', 'text'],
  ['note', 'text'],
  ['attributes', 'text'],
];

const STAGING_TYPE: Record<Kind, string> = {
  text: 'VARCHAR',
  double: 'DOUBLE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
  // Epoch milliseconds: avoids any time zone reading of timestamp text on the way in.
  instant: 'DOUBLE',
};

export const CREATE_STAGING = `CREATE TEMP TABLE IF NOT EXISTS staged_events (${COLUMNS.map(
  ([name, kind]) => `${name} ${STAGING_TYPE[kind]}`,
).join(', ')})`;

/** Moves staged rows into `events`, skipping ids already stored, and says which were new. */
export const INSERT_STAGED = `INSERT INTO events SELECT ${COLUMNS.map(([name, kind]) =>
  kind === 'instant' ? `epoch_ms(CAST(${name} AS BIGINT))` : name,
).join(', ')} FROM staged_events ON CONFLICT DO NOTHING RETURNING workspace_id, event_id`;

export function appendEventRows(appender: DuckDBAppender, rows: readonly EventRow[]): void {
  for (const row of rows) {
    for (const [name, kind] of COLUMNS) {
      const value = row[name];
      if (value === null || value === undefined) appender.appendNull();
      else if (kind === 'text') appender.appendVarchar(value as string);
      else if (kind === 'instant') appender.appendDouble(Date.parse(value as string));
      else if (kind === 'double') appender.appendDouble(value as number);
      else if (kind === 'integer') appender.appendInteger(value as number);
      else appender.appendBoolean(value as boolean);
    }
    appender.endRow();
  }
}
