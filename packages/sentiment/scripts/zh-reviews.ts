import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/** One labelled review of the Chinese corpus: 1 = positive, 0 = negative. */
export interface Review {
  text: string;
  label: 0 | 1;
  source: 'online_shopping' | 'waimai';
}

/**
 * Held-out membership is a hash of the review text, so it never depends on row order, on the model's
 * features or on which file a review came from, and a review repeated in the corpus never lands on
 * both sides. FNV-1a over UTF-16 code units; one review in ten is held out.
 */
export function isHeldOut(text: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0) % 10 === 0;
}

function records(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

function review(text: string | undefined, label: string | undefined, source: Review['source']): Review | null {
  // A stray BOM starts some reviews in the source data; it is not part of the text.
  const clean = (text ?? '').replace(/^\uFEFF/, '').trim();
  if (clean === '' || (label !== '0' && label !== '1')) return null;
  return { text: clean, label: label === '1' ? 1 : 0, source };
}

/** Every review of the corpus folder, in file order. */
export function readReviews(folder: string): Review[] {
  const reviews: Review[] = [];
  const shopping = records(gunzipSync(readFileSync(join(folder, 'online_shopping_9_cats.csv.gz'))).toString('utf8'));
  for (const [cat, label, text] of shopping.slice(1)) {
    const row = cat === undefined ? null : review(text, label, 'online_shopping');
    if (row) reviews.push(row);
  }
  const waimai = records(readFileSync(join(folder, 'waimai_10k.shared.csv'), 'utf8'));
  for (const [label, text] of waimai.slice(1)) {
    const row = review(text, label, 'waimai');
    if (row) reviews.push(row);
  }
  return reviews;
}
