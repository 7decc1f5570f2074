import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { ndjson, startTestApp, type TestApp } from './test-app.js';

const started = (id: string, ts: string, customer: string, eventId = `${id}-s`) => ({
  event_id: eventId,
  type: 'conversation.started',
  conversation_id: id,
  ts,
  channel: 'chat',
  customer_id: customer,
});
const closed = (id: string, eventId: string, ts: string, fields: Record<string, string>) => ({
  event_id: eventId,
  type: 'conversation.closed',
  conversation_id: id,
  ts,
  ...fields,
});

describe.each(storeSetups())('conversation facts on $name', (setup) => {
  let t: TestApp;
  const post = (events: unknown[]) =>
    t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson(events),
    });
  const facts = (id: string) =>
    t.store.db
      .selectFrom('conversations')
      .select(['customer_id', 'outcome', 'resolved_by', 'disposition', 'next_start_after_close'])
      .where('conversation_id', '=', id)
      .executeTakeFirstOrThrow();

  beforeEach(async () => {
    t = await startTestApp(setup.env);
  });
  afterEach(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('take every field of the close from the latest close event, even the empty ones', async () => {
    await post([
      started('c1', '2026-03-01T10:00:00Z', 'u1'),
      closed('c1', 'c1-close-a', '2026-03-01T10:05:00Z', {
        outcome: 'resolved',
        resolved_by: 'agent',
        disposition: 'refund',
      }),
    ]);
    await post([closed('c1', 'c1-close-b', '2026-03-01T10:20:00Z', { outcome: 'unresolved' })]);
    expect(await facts('c1')).toMatchObject({ outcome: 'unresolved', resolved_by: null, disposition: null });
  });

  it("relink the first customer's recontacts when a late start moves a conversation to another customer", async () => {
    await post([
      started('a1', '2026-03-01T09:00:00Z', 'alice'),
      closed('a1', 'a1-close', '2026-03-01T10:00:00Z', { outcome: 'resolved' }),
      started('b2', '2026-03-01T11:00:00Z', 'alice'),
    ]);
    expect((await facts('a1')).next_start_after_close).toBe('2026-03-01T11:00:00.000Z');
    // An earlier start event for b2 arrives late and names another customer: the earliest start wins.
    await post([started('b2', '2026-03-01T10:59:00Z', 'bob', 'b2-s-early')]);
    expect((await facts('b2')).customer_id).toBe('bob');
    expect((await facts('a1')).next_start_after_close).toBeNull();
  });

  it("follow the customer's sentiment: start, end, minimum, and around the first handoff, whatever the arrival order", async () => {
    const message = (n: number, ts: string, author: string, sentiment: number) => ({
      event_id: `s-m${n}`,
      type: 'message',
      conversation_id: 's1',
      ts,
      message_id: `m${n}`,
      author,
      text: `message ${n}`,
      sentiment,
    });
    const handoff = { event_id: 's-h', type: 'handoff', conversation_id: 's1', ts: '2026-03-01T10:04:00Z' };
    // Customer sentiment by time: -0.2, -0.8, -0.4 | handoff | 0.2, 0.6, 1.0; the bot's +1 is not the customer's.
    await post([
      message(6, '2026-03-01T10:07:00Z', 'customer', 1.0),
      message(2, '2026-03-01T10:02:00Z', 'customer', -0.8),
      handoff,
      message(4, '2026-03-01T10:05:00Z', 'customer', 0.2),
    ]);
    await post([
      started('s1', '2026-03-01T10:00:00Z', 'u9'),
      message(1, '2026-03-01T10:01:00Z', 'customer', -0.2),
      message(9, '2026-03-01T10:01:30Z', 'bot', 1.0),
      message(3, '2026-03-01T10:03:00Z', 'customer', -0.4),
      message(5, '2026-03-01T10:06:00Z', 'customer', 0.6),
    ]);
    const row = await t.store.db
      .selectFrom('conversations')
      .select([
        'sentiment_start',
        'sentiment_end',
        'sentiment_min',
        'sentiment_before_handoff',
        'sentiment_after_handoff',
      ])
      .where('conversation_id', '=', 's1')
      .executeTakeFirstOrThrow();
    expect(row.sentiment_start).toBeCloseTo(-0.5, 12); // (-0.2 + -0.8) / 2
    expect(row.sentiment_end).toBeCloseTo(0.8, 12); // (0.6 + 1.0) / 2
    expect(row.sentiment_min).toBeCloseTo(-0.8, 12);
    expect(row.sentiment_before_handoff).toBeCloseTo(-0.6, 12); // (-0.8 + -0.4) / 2
    expect(row.sentiment_after_handoff).toBeCloseTo(0.4, 12); // (0.2 + 0.6) / 2
  });
});
