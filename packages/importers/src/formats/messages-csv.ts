import type { ConversationDocumentInput } from '@tandem/schema';
import { conversationOf } from '../csv/conversation.js';
import { readRows, type Row } from '../csv/rows.js';
import type { Importer } from '../importer.js';

/**
 * All rows by conversation, in order of each conversation's first row. A conversation's rows may be spread
 * over the file, so the whole file is grouped before the first document can be given.
 */
async function conversations(path: string): Promise<Map<string, Row[]>> {
  const byId = new Map<string, Row[]>();
  for await (const row of readRows(path)) {
    // A row without an id still forms a document, which the validator rejects with `id` as the field.
    const id = row.conversation_id ?? '';
    const rows = byId.get(id);
    if (rows) rows.push(row);
    else byId.set(id, [row]);
  }
  return byId;
}

async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  for (const [id, rows] of await conversations(path)) yield conversationOf(id, rows);
}

async function count(path: string): Promise<number> {
  const ids = new Set<string>();
  for await (const row of readRows(path)) ids.add(row.conversation_id ?? '');
  return ids.size;
}

export const messagesCsvImporter: Importer = {
  name: 'messages-csv',
  description: 'CSV with one message a row (conversation_id, ts, author, text, …), grouped into conversations',
  read,
  count,
};
