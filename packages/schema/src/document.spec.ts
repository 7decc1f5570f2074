import { describe, expect, it } from 'vitest';
import { DocumentValidator } from './document.js';

const validator = new DocumentValidator({ now: () => Date.parse('2026-03-10T00:00:00Z') });

const document = {
  id: 'd1',
  channel: 'chat',
  started_at: '2026-03-01T10:00:00+08:00',
  customer_id: 'u1',
  messages: [
    { ts: '2026-03-01T10:00:05+08:00', author: 'customer', text: '我的快递到哪了' },
    {
      id: 'b1',
      ts: '2026-03-01T10:00:06+08:00',
      author: 'bot',
      text: '请提供订单号',
      intent: 'order_status',
      confidence: 0.9,
    },
  ],
  handoffs: [{ ts: '2026-03-01T10:01:00+08:00', reason: 'customer_requested_human' }],
  csat: 4,
  outcome: 'resolved',
  crm: { ticket: 7 },
};

describe('conversation documents', () => {
  it('expand into events with ids derived from the document', () => {
    const result = validator.validate(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.events.map((e) => [e.type, e.event_id, e.ts])).toEqual([
      ['conversation.started', 'd1/started', '2026-03-01T02:00:00.000Z'],
      ['message', 'd1/message/m0', '2026-03-01T02:00:05.000Z'],
      ['message', 'd1/message/b1', '2026-03-01T02:00:06.000Z'],
      ['handoff', 'd1/handoff/0', '2026-03-01T02:01:00.000Z'],
      // Closed and rated at the last activity when the document gives no time.
      ['conversation.closed', 'd1/closed', '2026-03-01T02:01:00.000Z'],
      ['csat', 'd1/csat', '2026-03-01T02:01:00.000Z'],
    ]);
    expect(result.attributes).toEqual({ crm: { ticket: 7 } });
  });

  it('leave a conversation without an outcome open', () => {
    const { outcome: _outcome, csat: _csat, ...open } = document;
    const result = validator.validate(open);
    expect(result.ok && result.events.map((e) => e.type)).toEqual([
      'conversation.started',
      'message',
      'message',
      'handoff',
    ]);
  });

  it('name the field of a bad message with its position', () => {
    const bad = { ...document, messages: [document.messages[0], { ...document.messages[1], author: 'robot' }] };
    const result = validator.validate(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('messages[1].author');
  });

  it('refuse two messages that would get one id', () => {
    const clash = { ...document, messages: [...document.messages, { ...document.messages[1], id: 'm0' }] };
    const result = validator.validate(clash);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'messages[2].id', reason: 'repeats the id "m0" of messages[0]; give each message its own id' }],
    });
  });

  it('refuse a close time without an outcome', () => {
    const { outcome: _outcome, ...rest } = document;
    const result = validator.validate({ ...rest, closed_at: '2026-03-01T10:05:00+08:00' });
    expect(result).toEqual({ ok: false, errors: [{ path: 'outcome', reason: 'is required when closed_at is given' }] });
  });
});
