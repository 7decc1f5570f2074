/** A request body split into records, remembering where each came from for the per-record answer. */
export interface RawRecord {
  /** 0-based position in the batch. */
  index: number;
  /** 1-based line number, for NDJSON bodies. */
  line?: number;
  value: unknown;
  /** Set when the record could not even be parsed (an NDJSON line that is not JSON). */
  parseError?: string;
}

export interface RawBatch {
  records: RawRecord[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export class UnreadableBodyError extends Error {}

function decodeUtf8(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new UnreadableBodyError('the body is not valid UTF-8');
  }
}

/** `application/json`: one object or an array of them. */
export function parseJsonBody(body: Buffer): RawBatch {
  const text = decodeUtf8(body);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UnreadableBodyError(`the body is not valid JSON: ${(error as Error).message}`);
  }
  const values = Array.isArray(value) ? value : [value];
  return { records: values.map((v, index) => ({ index, value: v })) };
}

/** `application/x-ndjson`: one JSON value a line; a bad line is a bad record, not a bad body. */
export function parseNdjsonBody(body: Buffer): RawBatch {
  const text = decodeUtf8(body);
  const records: RawRecord[] = [];
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const content = text.slice(start, end).trim();
    start = end + 1;
    if (content === '') continue;
    const index = records.length;
    try {
      records.push({ index, line, value: JSON.parse(content) });
    } catch (error) {
      records.push({
        index,
        line,
        value: undefined,
        parseError: `line is not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  return { records };
}

/** The one JSON value of a body that must hold exactly one (an object to create or replace). */
export function singleValue(batch: RawBatch | undefined): unknown {
  return batch?.records.length === 1 ? batch.records[0]!.value : undefined;
}
