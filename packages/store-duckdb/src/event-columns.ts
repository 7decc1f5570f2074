import type { DuckDBAppender } from '@duckdb/node-api';
import type { EventRow } from '@tandem/store';

type Kind = 'text' | 'double' | 'integer' | 'boolean' | 'instant';

/** Columns of `events` in table order, with the JSON type each travels as. */
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
  ['sentiment_source', 'text'],
];

const JSON_TYPE: Record<Kind, string> = {
  text: 'VARCHAR',
  double: 'DOUBLE',
  integer: 'INTEGER',
  boolean: 'BOOLEAN',
  // Epoch milliseconds: no time zone reading of timestamp text on the way in.
  instant: 'BIGINT',
};

/**
 * A batch is staged as one JSON document a row: the appender's per-value calls cost more than the
 * rows themselves on wide, sparse events, while DuckDB parses JSON in parallel native code.
 */
export const CREATE_STAGED_EVENTS =
  'CREATE TEMP TABLE IF NOT EXISTS staged_events (workspace_id VARCHAR, event_id VARCHAR, body VARCHAR)';

const STRUCTURE = JSON.stringify(Object.fromEntries(COLUMNS.map(([name, kind]) => [name, JSON_TYPE[kind]])));

export const INSERT_STAGED_EVENTS = `INSERT INTO events SELECT ${COLUMNS.map(([name, kind]) =>
  kind === 'instant' ? `epoch_ms(j.${name})` : `j.${name}`,
).join(', ')} FROM (SELECT json_transform(body, '${STRUCTURE}') AS j FROM staged_events)`;

export function stageEventRows(appender: DuckDBAppender, rows: readonly EventRow[]): void {
  for (const row of rows) {
    appender.appendVarchar(row.workspace_id);
    appender.appendVarchar(row.event_id);
    appender.appendVarchar(
      JSON.stringify({ ...row, ts: Date.parse(row.ts), received_at: Date.parse(row.received_at) }),
    );
    appender.endRow();
  }
}
