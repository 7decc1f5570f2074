import { sharedDataSet } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { collect, rejections, tally } from '../test-support.js';
import { jddcSatisfactionZhImporter as importer } from './jddc-satisfaction-zh.js';

const dir = sharedDataSet('jddc-satisfaction-zh');

describe('jddc-satisfaction-zh (needs ../shared/data/jddc-satisfaction-zh)', () => {
  it.skipIf(!dir)('maps all 330 dialogues, with the README counts, into valid documents', async () => {
    const documents = await collect(importer.read(dir!));
    expect(documents).toHaveLength(330);
    expect(await importer.count!(dir!)).toBe(330);
    expect(rejections(documents)).toEqual([]);
    // Dialogue-level labels dissatisfied 33 / neutral 39 / satisfied 258 → CSAT 2 / 3 / 4.
    expect(tally(documents, (d) => d.csat)).toEqual({ 2: 33, 3: 39, 4: 258 });
    expect(tally(documents, (d) => d.outcome)).toEqual({ unresolved: 33, resolved: 297 });
    const messages = documents.flatMap((d) => d.messages ?? []);
    expect(messages).toHaveLength(9044);
    expect(tally(messages, (m) => m.author)).toEqual({ customer: 5666, agent: 3378 });
    expect(documents.every((d) => d.agents?.length === 1 && d.handoffs === undefined)).toBe(true);
    expect(documents.every((d) => typeof d.scenario === 'string' && d.scenario.startsWith('ecommerce.'))).toBe(true);
  });

  it.skipIf(!dir)('stamps turns on a fixed synthetic schedule and keeps customer intents as an attribute', async () => {
    const documents = await collect(importer.read(dir!));
    const [first, thirtyFirst] = [documents[0]!, documents[30]!];
    expect(first).toMatchObject({
      id: 'jddc-valid-0000',
      channel: 'chat',
      locale: 'zh-CN',
      customer_id: 'jddc-valid-0000/customer',
      started_at: '2024-03-04T09:00:00+08:00',
      started_by: 'customer',
      scenario: 'ecommerce.invoice',
      csat: 2,
      outcome: 'unresolved',
      agents: [{ ts: '2024-03-04T09:00:30+08:00', agent_id: 'jddc-valid-0000/agent' }],
    });
    expect(first.messages?.[2]).toEqual({
      ts: '2024-03-04T09:01:00+08:00',
      author: 'customer',
      author_id: 'jddc-valid-0000/customer',
      text: '开在同一张',
    });
    expect(first['customer_intents']).toEqual(expect.arrayContaining(['是否提供发票', '填写发票信息']));
    // The 31st dialogue opens the second synthetic day.
    expect(thirtyFirst.started_at).toBe('2024-03-05T09:00:00+08:00');
  });

  it.skipIf(!dir)('gives the same documents on every read', async () => {
    expect(await collect(importer.read(dir!))).toEqual(await collect(importer.read(dir!)));
  });
});
