import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { ndjson, startTestApp, type TestApp } from './test-app.js';

describe.each(storeSetups())('transcripts mask personal data on the way out on $name', (setup) => {
  let t: TestApp;
  const text = '我的手机13812345678，邮箱li.wei@example.com，卡号4111 1111 1111 1111，订单20240315123456789';

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    const conversation = 'privacy-1';
    const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 9, 0, s)).toISOString();
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson([
        {
          event_id: 'p-start',
          type: 'conversation.started',
          conversation_id: conversation,
          ts: at(0),
          channel: 'chat',
        },
        {
          event_id: 'p-m1',
          type: 'message',
          conversation_id: conversation,
          ts: at(1),
          message_id: 'p-m1',
          author: 'customer',
          text,
        },
        {
          event_id: 'p-csat',
          type: 'csat',
          conversation_id: conversation,
          ts: at(3),
          score: 2,
          comment: 'call me on 13812345678',
        },
      ]),
    });
    expect(response.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('shows placeholders in the transcript and keeps the original in the store', async () => {
    const body = (await (await t.call('/api/v1/conversations/privacy-1')).json()) as {
      events: { event_id: string; text?: string; comment?: string }[];
    };
    const message = body.events.find((e) => e.event_id === 'p-m1')!;
    // The order number fails the card checksum and is not a phone: it stays.
    expect(message.text).toBe('我的手机[phone]，邮箱[email]，卡号[card]，订单20240315123456789');
    expect(body.events.find((e) => e.event_id === 'p-csat')!.comment).toBe('call me on [phone]');
    const stored = await t.store.db
      .selectFrom('events')
      .select('text')
      .where('event_id', '=', 'p-m1')
      .executeTakeFirstOrThrow();
    expect(stored.text).toBe(text);
  });
});
