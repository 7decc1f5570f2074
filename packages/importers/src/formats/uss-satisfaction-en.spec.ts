import { sharedDataSet } from '@tandem/fixtures';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, rejections, tally } from '../test-support.js';
import { ussSatisfactionEnImporter as importer } from './uss-satisfaction-en.js';

const dir = sharedDataSet('uss-satisfaction-en');

/** CSAT bands: the README's dissatisfied / neutral / satisfied classes. */
function band(csat: unknown): string {
  if (typeof csat !== 'number') return 'none';
  return csat <= 2 ? 'dissatisfied' : csat === 3 ? 'neutral' : 'satisfied';
}

describe('uss-satisfaction-en (needs ../shared/data/uss-satisfaction-en)', () => {
  it.skipIf(!dir)('maps 800 SGD and 800 MultiWOZ sessions, with the README counts, into valid documents', async () => {
    const documents = await collect(importer.read(dir!));
    expect(documents).toHaveLength(1600);
    expect(await importer.count!(dir!)).toBe(1600);
    expect(rejections(documents)).toEqual([]);
    const sgd = documents.filter((d) => d.id.startsWith('uss-sgd-shared-'));
    const mwoz = documents.filter((d) => d.id.startsWith('uss-mwoz-shared-'));
    expect([sgd.length, mwoz.length]).toEqual([800, 800]);
    expect(tally(sgd, (d) => band(d.csat))).toEqual({ dissatisfied: 147, neutral: 182, satisfied: 471 });
    expect(tally(mwoz, (d) => band(d.csat))).toEqual({ dissatisfied: 180, neutral: 232, satisfied: 388 });
    expect(tally(documents, (d) => d.outcome)).toEqual({ unresolved: 327, resolved: 1273 });
    // The README's USER and SYSTEM line counts, which leave out the OVERALL lines.
    const messages = (docs: typeof documents) => docs.flatMap((d) => d.messages ?? []);
    expect(tally(messages(sgd), (m) => m.author)).toEqual({ customer: 10_231, bot: 10_231 });
    expect(tally(messages(mwoz), (m) => m.author)).toEqual({ customer: 9_310, bot: 8_512 });
    expect(sgd.every((d) => d.scenario === null)).toBe(true);
    expect(mwoz.filter((d) => d.scenario?.startsWith('travel.')).length).toBe(799);
  });

  it.skipIf(!dir)('rounds mean ratings within their class and synthesises times from the index', async () => {
    const [first] = await collect(importer.read(join(dir!, 'SGD.shared.txt')));
    // OVERALL 4,3,4: mean 3.67 → 4.
    expect(first).toMatchObject({
      id: 'uss-sgd-shared-0000',
      started_at: '2024-04-01T09:00:00+00:00',
      started_by: 'customer',
      csat: 4,
      outcome: 'resolved',
      resolved_by: 'bot',
    });
    expect(first?.messages).toHaveLength(18);
    expect(first?.messages?.[1]).toEqual({
      ts: '2024-04-01T09:00:30+00:00',
      author: 'bot',
      author_id: null,
      text: 'In which city should I look?',
    });
  });

  it.skipIf(!dir)('gives the same documents on every read', async () => {
    expect(await collect(importer.read(dir!))).toEqual(await collect(importer.read(dir!)));
  });
});
