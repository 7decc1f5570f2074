import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Line {
  readonly text: string;
  /** 1-based, as editors and error messages count. */
  readonly number: number;
}

/** Every line of a UTF-8 text file, streamed so that large exports never sit in memory whole. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    // A byte-order mark is an encoding artefact, not part of the first record.
    yield { text: number === 1 ? line.replace(/^\uFEFF/, '') : line, number };
  }
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Records in a one-record-a-line file, for progress bars; blank lines hold none. */
export async function countNonBlankLines(path: string): Promise<number> {
  let records = 0;
  for await (const line of readLines(path)) if (!isBlank(line)) records += 1;
  return records;
}
