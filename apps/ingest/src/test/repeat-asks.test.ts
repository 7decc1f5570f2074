import type { HandoffQuality } from '@tandem/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { ndjson, startTestApp, type TestApp } from './test-app.js';

const WINDOW = 'from=2026-03-01&to=2026-03-01&tz=UTC';

/**
 * A handed-off conversation in which the customer gave the bot an order number and a phone number,
 * and the agent asked for the order number again (but not the phone).
 */
function conversation(id: string, agentAsks: string) {
  const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, s)).toISOString();
  const message = (n: number, author: string, text: string) => ({
    event_id: `${id}-m${n}`,
    type: 'message',
    conversation_id: id,
    ts: at(n * 10),
    message_id: `${id}-m${n}`,
    author,
    text,
  });
  return [
    { event_id: `${id}-start`, type: 'conversation.started', conversation_id: id, ts: at(0), channel: 'chat' },
    message(1, 'customer', 'Where is my order #A1234? My phone is +44 7700 900123'),
    message(2, 'bot', 'Let me get someone to help.'),
    { event_id: `${id}-handoff`, type: 'handoff', conversation_id: id, ts: at(25), reason: 'complex_or_policy' },
    { event_id: `${id}-joined`, type: 'agent.joined', conversation_id: id, ts: at(30), agent_id: 'agent-1' },
    message(4, 'agent', agentAsks),
    { event_id: `${id}-closed`, type: 'conversation.closed', conversation_id: id, ts: at(50), outcome: 'resolved' },
  ];
}

describe.each(storeSetups())('repeat asks through the metrics on $name', (setup) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    const response = await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson([
        ...conversation('asked-again', 'Could you give me your order number please?'),
        ...conversation('not-asked', 'Thanks, I can see order A1234 is on its way.'),
      ]),
    });
    expect(response.status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('counts the conversation whose agent asked again, per slot asked', async () => {
    const body = (await (await t.call(`/api/v1/handoff/quality?${WINDOW}`)).json()) as HandoffQuality;
    // Two handoffs with an agent's reply; one agent asked for the order number the customer had given.
    expect(body.repeat_ask).toMatchObject({ numerator: 1, denominator: 2 });
    expect(body.repeat_ask_slots).toEqual({ order_number: 1 });
    const listed = (await (await t.call(`/api/v1/metrics/conversations?${WINDOW}&metric=repeat_asked`)).json()) as {
      conversations: { conversation_id: string }[];
    };
    expect(listed.conversations.map((c) => c.conversation_id)).toEqual(['asked-again']);
  });
});
