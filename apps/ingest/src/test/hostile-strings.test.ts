import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Aggregate, ConversationPage } from '@tandem/metrics';
import { HOSTILE_STRINGS, storeSetups } from '@tandem/testkit';
import { ndjson, startTestApp, type TestApp } from './test-app.js';

/**
 * The hostile strings a filter can name (filters split on commas and trim, and labels are at most 256
 * characters), each one conversation's queue and message text.
 */
const HOSTILE = HOSTILE_STRINGS.filter((s) => s !== '' && s.trim() === s && !s.includes(',') && s.length <= 256);

const DAY = '2026-03-10';
const RANGE = `from=${DAY}&to=${DAY}&tz=UTC`;

function conversation(i: number, value: string, text: string): object[] {
  const id = `hostile-${i}`;
  const at = (minute: number) => `${DAY}T10:${String(minute).padStart(2, '0')}:00.000Z`;
  return [
    {
      event_id: `${id}-s`,
      type: 'conversation.started',
      conversation_id: id,
      ts: at(0),
      channel: 'chat',
      queue: value,
    },
    {
      event_id: `${id}-m`,
      type: 'message',
      conversation_id: id,
      ts: at(1),
      message_id: `${id}-m`,
      author: 'customer',
      text,
    },
    { event_id: `${id}-c`, type: 'conversation.closed', conversation_id: id, ts: at(2), outcome: 'resolved' },
  ];
}

describe.each(storeSetups())('hostile strings through ingestion and filters on $name', (setup) => {
  let t: TestApp;
  const longText = `${HOSTILE.join(' | ')} ${'长'.repeat(10_000)}`;

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    const events = HOSTILE.flatMap((value, i) => conversation(i, value, i === 0 ? longText : value));
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson(events),
    });
    expect(((await response.json()) as { accepted: number }).accepted).toBe(events.length);
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('finds each conversation, and only it, by its queue', async () => {
    for (const [i, value] of HOSTILE.entries()) {
      const filter = `queue=${encodeURIComponent(value)}`;
      const overview = (await (await t.call(`/api/v1/metrics/overview?${RANGE}&${filter}`)).json()) as Aggregate;
      const page = (await (
        await t.call(`/api/v1/metrics/conversations?${RANGE}&${filter}`)
      ).json()) as ConversationPage;
      expect([value, overview.conversations.total, page.conversations.map((c) => c.conversation_id)]).toEqual([
        value,
        1,
        [`hostile-${i}`],
      ]);
    }
  });

  it('lists every queue exactly as sent', async () => {
    const body = (await (await t.call(`/api/v1/metrics/dimensions?${RANGE}`)).json()) as {
      values: { queue: string[] };
    };
    expect([...body.values.queue].sort()).toEqual([...HOSTILE].sort());
  });

  it('gives every message text back exactly as sent', async () => {
    for (const [i, value] of HOSTILE.entries()) {
      const body = (await (await t.call(`/api/v1/conversations/hostile-${i}`)).json()) as {
        events: { type: string; text?: string }[];
      };
      const text = body.events.find((e) => e.type === 'message')?.text;
      expect([i, text]).toEqual([i, i === 0 ? longText : value]);
    }
  });
});
