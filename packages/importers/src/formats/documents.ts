import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ConversationDocumentInput } from '@tandem/schema';
import type { Importer } from '../importer.js';
import { parseJson } from '../io/json.js';
import { countNonBlankLines, isBlank, readLines } from '../io/lines.js';

type Layout = 'json' | 'lines';

function layoutOf(path: string): Layout {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.ndjson' || extension === '.jsonl') return 'lines';
  throw new Error(`${path}: documents come as .json (an array) or .ndjson / .jsonl (one document a line)`);
}

/** A .json file holds an array of documents, or one document on its own. */
async function readJson(path: string): Promise<unknown[]> {
  const value = parseJson(await readFile(path, 'utf8'), path);
  return Array.isArray(value) ? value : [value];
}

async function* read(path: string): AsyncGenerator<ConversationDocumentInput> {
  // Values are handed over as parsed: the validator, not the importer, says what is wrong with a document.
  if (layoutOf(path) === 'json') {
    yield* (await readJson(path)) as ConversationDocumentInput[];
    return;
  }
  for await (const line of readLines(path)) {
    if (!isBlank(line)) yield parseJson(line.text, `${path}:${line.number}`) as ConversationDocumentInput;
  }
}

async function count(path: string): Promise<number> {
  if (layoutOf(path) === 'json') return (await readJson(path)).length;
  return countNonBlankLines(path);
}

export const documentsImporter: Importer = {
  name: 'documents',
  description: 'Conversation documents (DESIGN §1.2): a .json array, or .ndjson / .jsonl with one document a line',
  read,
  count,
};
