import { sharedDataSet } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { collect, rejections, tally } from '../test-support.js';
import { twitterCustomerCareEnImporter as importer } from './twitter-customer-care-en.js';

const dir = sharedDataSet('twitter-customer-care-en');

describe('twitter-customer-care-en (needs ../shared/data/twitter-customer-care-en)', () => {
  it.skipIf(!dir)('maps all 525 threads, with the README counts, into valid documents', async () => {
    const documents = await collect(importer.read(dir!));
    expect(documents).toHaveLength(525);
    expect(await importer.count!(dir!)).toBe(525);
    expect(rejections(documents)).toEqual([]);
    const messages = documents.flatMap((d) => d.messages ?? []);
    // 686 tweets before the article link (606 client + 19 client1 + 61 agent) + 525 closing links.
    expect(messages).toHaveLength(1211);
    expect(tally(messages, (m) => m.author)).toEqual({ customer: 625, agent: 586 });
    expect(tally(documents, (d) => `${d.outcome}/${d.resolved_by}`)).toEqual({ 'resolved/agent': 525 });
    expect(new Set(documents.map((d) => d.brand)).size).toBe(24);
    expect(documents.every((d) => d.channel === 'social' && d.locale === 'en')).toBe(true);
  });

  it.skipIf(!dir)('keeps real times, decodes the closing tweet time from its id, pseudonymises handles', async () => {
    const documents = await collect(importer.read(dir!));
    const first = documents[0]!;
    expect(first).toMatchObject({
      id: 'twitter-care-LgwAXtbbEm0mBvDrGmjk',
      brand: 'TeamYouTube',
      started_at: '2020-04-01T17:31:32.000Z',
      started_by: 'customer',
      disposition: 'article:1770',
      agents: [{ agent_id: 'TeamYouTube' }],
    });
    expect(first.customer_id).toMatch(/^twitter-[0-9a-f]{16}$/);
    expect(JSON.stringify(first)).not.toContain('"CinVakas"');
    // The closing tweet's id 1245425308704149506 encodes 2020-04-01T18:58:27.xxxZ (start + 01:26:55).
    expect(first.messages?.at(-1)?.ts).toMatch(/^2020-04-01T18:58:2\d\.\d{3}Z$/);
    for (const d of documents) {
      const times = (d.messages ?? []).map((m) => Date.parse(m.ts));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it.skipIf(!dir)('gives the same documents on every read', async () => {
    expect(await collect(importer.read(dir!))).toEqual(await collect(importer.read(dir!)));
  });
});
