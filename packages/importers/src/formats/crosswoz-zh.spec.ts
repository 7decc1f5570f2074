import { sharedDataSet } from '@tandem/fixtures';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, rejections, tally } from '../test-support.js';
import { crosswozZhImporter as importer } from './crosswoz-zh.js';

const dir = sharedDataSet('crosswoz-zh');

describe('crosswoz-zh (needs ../shared/data/crosswoz-zh)', () => {
  it.skipIf(!dir)('maps all 500 validation dialogues, with the README counts, into valid documents', async () => {
    const file = join(dir!, 'val.json.gz');
    const documents = await collect(importer.read(file));
    expect(documents).toHaveLength(500);
    expect(await importer.count!(file)).toBe(500);
    expect(rejections(documents)).toEqual([]);
    const messages = documents.flatMap((d) => d.messages ?? []);
    expect(tally(messages, (m) => m.author)).toEqual({ customer: 4229, bot: 4229 });
    expect(tally(documents, (d) => d.outcome)).toEqual({ resolved: 492, unresolved: 8 });
    expect(tally(documents, (d) => d['task_type'])).toEqual({
      不独立多领域: 168,
      独立多领域: 162,
      '不独立多领域+交通': 63,
      '独立多领域+交通': 68,
      单领域: 39,
    });
  });

  it.skipIf(!dir)('labels the scenario with the goal domains and synthesises times from the index', async () => {
    const documents = await collect(importer.read(dir!));
    const dialogue = documents.find((d) => d.id === 'crosswoz-val-11290');
    expect(dialogue).toMatchObject({
      channel: 'chat',
      locale: 'zh-CN',
      customer_id: 'crosswoz-val-11290/customer',
      scenario: 'travel.attraction+hotel+restaurant',
      started_by: 'customer',
    });
    expect(documents[0]?.started_at).toBe('2024-05-06T09:00:00+08:00');
    expect(documents[0]?.messages?.[1]?.ts).toBe('2024-05-06T09:00:30+08:00');
  });

  it.skipIf(!dir)('gives the same documents on every read', async () => {
    expect(await collect(importer.read(dir!))).toEqual(await collect(importer.read(dir!)));
  });
});
