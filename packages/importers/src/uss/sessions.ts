import { isBlank, readLines } from '../io/lines.js';

/** One line `role \t text \t action \t ratings`; ratings only on USER lines. */
export interface UssLine {
  role: string;
  text: string;
  action: string;
  ratings: number[];
}

/** The text of the line that carries a session's dialogue-level ratings. */
export const OVERALL = 'OVERALL';

function parseLine(text: string): UssLine {
  const [role = '', utterance = '', action = '', ratings = ''] = text.split('\t');
  return { role, text: utterance, action, ratings: ratings === '' ? [] : ratings.split(',').map(Number) };
}

/** The sessions of a USS file, streamed; sessions are separated by blank lines. */
export async function* readSessions(path: string): AsyncGenerator<UssLine[]> {
  let session: UssLine[] = [];
  for await (const line of readLines(path)) {
    if (!isBlank(line)) {
      session.push(parseLine(line.text));
    } else if (session.length > 0) {
      yield session;
      session = [];
    }
  }
  if (session.length > 0) yield session;
}
