import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

export type Polarity = 'positive' | 'negative' | 'neutral';

/** A hand-labelled customer tweet; its text comes from the shared TWCS sample, never from the repository. */
export interface LabelledTweet {
  id: string;
  text: string;
  label: Polarity;
  /** Even tweet ids were looked at while the English word list was extended; odd ones only to report. */
  part: 'dev' | 'test';
}

const LABELS_PATH = fileURLToPath(new URL('../../../fixtures/expected/sentiment-en/twcs-labels.csv', import.meta.url));

/** The labelled tweets, in the order of the labels file. */
export function readLabelledTweets(twcsFolder: string): LabelledTweet[] {
  const labels = parse(readFileSync(LABELS_PATH, 'utf8'), { columns: true }) as { tweet_id: string; label: Polarity }[];
  // The sample has one record broken by a raw line break; relaxed parsing keeps the well-formed ones intact.
  const rows = parse(readFileSync(join(twcsFolder, 'twcs_first5000.csv'), 'utf8'), {
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const texts = new Map(rows.filter((r) => r.length === 8).map((r) => [r[1]!, r[5]!]));
  return labels.map(({ tweet_id: id, label }) => {
    const text = texts.get(id);
    if (text === undefined) throw new Error(`tweet ${id} of the labels file is not in the TWCS sample`);
    return { id, text, label, part: Number(id) % 2 === 0 ? 'dev' : 'test' };
  });
}
