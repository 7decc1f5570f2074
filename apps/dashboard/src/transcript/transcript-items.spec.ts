import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from '../api/types.js';
import { sentimentBand, textParts, transcriptItems } from './transcript-items.js';

const at = (minute: number) => `2026-03-02T01:${String(minute).padStart(2, '0')}:00Z`;

describe('transcriptItems', () => {
  const events: ConversationEvent[] = [
    { event_id: 'e5', type: 'agent.joined', ts: at(5), agent_id: 'a1', team: 'billing' },
    { event_id: 'e1', type: 'conversation.started', ts: at(0) },
    { event_id: 'e2', type: 'message', ts: at(1), author: 'customer', text: '密码忘了', sentiment: -0.4 },
    {
      event_id: 'e3',
      type: 'message',
      ts: at(2),
      author: 'bot',
      text: '请问是哪个账号？',
      intent: 'password_reset',
      confidence: 0.45,
    },
    { event_id: 'e4', type: 'handoff', ts: at(3), reason: 'low_confidence', to_queue: 'support', context_passed: true },
    { event_id: 'e6', type: 'message', ts: at(6), author: 'agent', author_id: 'a1', text: '您好' },
  ];

  it('orders by time, whatever order the events came in', () => {
    expect(transcriptItems(events).map((i) => i.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });

  it('makes messages turns, the handoff a marker and the rest notes', () => {
    const items = transcriptItems(events);
    expect(items.map((i) => i.kind)).toEqual(['note', 'turn', 'turn', 'handoff', 'note', 'turn']);
    expect(items[2]).toMatchObject({ author: 'bot', intent: 'password_reset', confidence: 0.45, fallback: false });
    expect(items[3]).toEqual({
      kind: 'handoff',
      id: 'e4',
      ts: at(3),
      reason: 'low_confidence',
      reasonText: null,
      toQueue: 'support',
      contextPassed: true,
    });
    expect(items[5]).toMatchObject({ author: 'agent', authorId: 'a1', intent: null, confidence: null });
  });

  it("keeps each message's sentiment, where the service gave one", () => {
    const items = transcriptItems(events);
    expect(items[1]).toMatchObject({ author: 'customer', sentiment: -0.4 });
    expect(items[2]).toMatchObject({ author: 'bot', sentiment: null });
  });
});

describe('sentimentBand', () => {
  it('cuts at ±0.25, the bounds neutral', () => {
    expect(sentimentBand(-0.62)).toBe('negative');
    expect(sentimentBand(-0.25)).toBe('neutral');
    expect(sentimentBand(0)).toBe('neutral');
    expect(sentimentBand(0.25)).toBe('neutral');
    expect(sentimentBand(0.26)).toBe('positive');
  });
});

describe('textParts', () => {
  it('cuts the text at each masked placeholder', () => {
    expect(textParts('Mail me at [email] or call [phone], card [card].')).toEqual([
      { kind: 'text', text: 'Mail me at ' },
      { kind: 'mask', mask: 'email', text: '[email]' },
      { kind: 'text', text: ' or call ' },
      { kind: 'mask', mask: 'phone', text: '[phone]' },
      { kind: 'text', text: ', card ' },
      { kind: 'mask', mask: 'card', text: '[card]' },
      { kind: 'text', text: '.' },
    ]);
    expect(textParts('[id]')).toEqual([{ kind: 'mask', mask: 'id', text: '[id]' }]);
  });

  it('leaves other brackets and plain text alone', () => {
    expect(textParts('订单号 [order] 已发货')).toEqual([{ kind: 'text', text: '订单号 [order] 已发货' }]);
    expect(textParts('')).toEqual([]);
  });
});
