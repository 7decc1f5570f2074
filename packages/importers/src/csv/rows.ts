import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export const REQUIRED_COLUMNS = ['conversation_id', 'ts', 'author', 'text'] as const;
export const OPTIONAL_COLUMNS = [
  'channel',
  'customer_id',
  'locale',
  'scenario',
  'queue',
  'author_id',
  'intent',
  'confidence',
  'fallback',
  'outcome',
  'csat',
  'handoff_reason',
] as const;
const COLUMNS = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

export type Column = (typeof COLUMNS)[number];
/** One message row; an empty cell is left out, so "absent" and "empty" mean the same. */
export type Row = Partial<Record<Column, string>>;

/** Where each known column sits; header names are matched without case or surrounding spaces. */
function columnIndexes(path: string, header: readonly string[]): Map<Column, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) throw new Error(`${path}: the header lacks the column(s) ${missing.join(', ')}`);
  const indexes = new Map<Column, number>();
  for (const column of COLUMNS) {
    const index = names.indexOf(column);
    if (index >= 0) indexes.set(column, index);
  }
  return indexes;
}

/** The message rows of a CSV file with a header line, streamed; columns the format does not name are ignored. */
export async function* readRows(path: string): AsyncGenerator<Row> {
  const records = createReadStream(path).pipe(parse({ bom: true, skip_empty_lines: true }));
  let indexes: Map<Column, number> | undefined;
  for await (const record of records as AsyncIterable<string[]>) {
    if (!indexes) {
      indexes = columnIndexes(path, record);
      continue;
    }
    const row: Row = {};
    for (const [column, index] of indexes) {
      const cell = record[index];
      if (cell) row[column] = cell;
    }
    yield row;
  }
}
