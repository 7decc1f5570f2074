import { describe, expect, it } from 'vitest';
import { generateSuggestions } from './generate.js';
import { agent, bot, customer, feedback, trace } from './test-support/build.js';
import type { ConversationTrace, Suggestion } from './types.js';

const NOW = '2026-11-01T00:00:00Z';
const OPTIONS = { now: NOW, windowDays: 28 };
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(2, '0')}`);
const ofKind = (out: Suggestion[], kind: Suggestion['kind']) => out.filter((s) => s.kind === kind);

/** The bot answers `intent` and the customer leaves happy: the background every rate is compared with. */
function contained(id: string, intent: string, ask = `question about ${intent}`): ConversationTrace {
  return trace(id, [customer(ask, { intent }), bot('Here you go.', { intent })], { disposition: intent });
}

describe('generateSuggestions: options', () => {
  it('refuses a bad `now` or window', () => {
    expect(() => generateSuggestions([], { now: 'yesterday', windowDays: 28 })).toThrow(RangeError);
    expect(() => generateSuggestions([], { now: NOW, windowDays: 0 })).toThrow(RangeError);
  });

  it('suggests nothing from nothing', () => {
    expect(generateSuggestions([], OPTIONS)).toEqual([]);
  });

  it('counts conversations per week over the window it is given', () => {
    const misread = (id: string) =>
      trace(id, [customer('where is my parcel', { fallback: true }), bot('Sorry?'), agent('Tomorrow.')], {
        disposition: 'order_status',
      });
    const input = [...ids('p', 6).map(misread), contained('k', 'order_status')];
    const [twoWeeks] = ofKind(generateSuggestions(input, { now: NOW, windowDays: 14 }), 'add_training_phrases');
    const [fourWeeks] = ofKind(generateSuggestions(input, { now: NOW, windowDays: 28 }), 'add_training_phrases');
    expect(twoWeeks!.impact.conversations_per_week).toBe(3);
    expect(fourWeeks!.impact.conversations_per_week).toBe(1.5);
    expect(twoWeeks!.evidence.conversation_ids).toEqual(ids('p', 6));
  });
});

describe('generateSuggestions: add_training_phrases and intent_confusion', () => {
  const parcel = (id: string) =>
    trace(id, [customer('where is my parcel', { fallback: true }), bot('Sorry?'), agent('Tomorrow.')], {
      disposition: 'order_status',
    });

  it('needs three conversations for a target intent', () => {
    const base = [contained('k', 'order_status')];
    expect(ofKind(generateSuggestions([...base, ...ids('p', 2).map(parcel)], OPTIONS), 'add_training_phrases')).toEqual(
      [],
    );
    expect(
      ofKind(generateSuggestions([...base, ...ids('p', 3).map(parcel)], OPTIONS), 'add_training_phrases'),
    ).toHaveLength(1);
  });

  it('never proposes an utterance that corrections attach to three different intents', () => {
    const followUp = (id: string, intent: string, ask: string) =>
      trace(
        id,
        [
          customer(ask, { fallback: true }),
          bot('Sorry?'),
          customer('how long will that take?', { fallback: true }),
          agent('ok'),
        ],
        {
          feedback: [feedback('bot_misunderstood', intent)],
        },
      );
    const input = [
      ...['order_status', 'refund_status', 'reset_password'].map((i) => contained(`k-${i}`, i)),
      ...ids('o', 3).map((id) => followUp(id, 'order_status', 'where is my parcel')),
      followUp('r', 'refund_status', 'where is my refund'),
      followUp('w', 'reset_password', 'forgot my password'),
    ];
    const [s] = ofKind(generateSuggestions(input, OPTIONS), 'add_training_phrases');
    expect(s!.key).toBe('order_status');
    expect(s!.phrases).toEqual(['where is my parcel']);
  });

  it('reports a confusion only when it is a large enough share of what the bot read as X', () => {
    const confused = (id: string) =>
      trace(
        id,
        [
          customer('I want to return these shoes', { intent: 'refund_status' }),
          bot('Refunds take 5 days.'),
          agent('Label sent.'),
        ],
        {
          feedback: [feedback('bot_misunderstood', 'return_request')],
        },
      );
    const five = ids('x', 5).map(confused);
    const few = ids('k', 20).map((id) => contained(id, 'refund_status'));
    const many = ids('k', 60).map((id) => contained(id, 'refund_status'));
    const withFew = generateSuggestions([...five, ...few], OPTIONS);
    expect(ofKind(withFew, 'intent_confusion').map((s) => s.key)).toEqual(['refund_status→return_request']);
    // 5 of 65 is under MIN_CONFUSION_SHARE: noise of a busy intent, not a confusion; the phrases still count.
    const withMany = generateSuggestions([...five, ...many], OPTIONS);
    expect(ofKind(withMany, 'intent_confusion')).toEqual([]);
    expect(ofKind(withMany, 'add_training_phrases').map((s) => s.key)).toEqual(['return_request']);
  });
});

describe('generateSuggestions: answer_gap', () => {
  const answered = (id: string, handedOff: boolean, reason = 'customer_requested_human') =>
    trace(
      id,
      [
        customer('I need a VAT invoice', { intent: 'invoice_request' }),
        bot('See My Account.', { intent: 'invoice_request' }),
        ...(handedOff ? [agent('Sent.')] : []),
      ],
      {
        handoff_reason: handedOff ? reason : null,
      },
    );
  const background = ids('k', 40).map((id, i) => contained(id, i % 2 ? 'order_status' : 'reset_password'));

  it('flags an intent whose answer is followed by handoffs far above the bot’s rate', () => {
    const input = [
      ...background,
      ...ids('bad', 6).map((id) => answered(id, true)),
      ...ids('ok', 4).map((id) => answered(id, false)),
    ];
    const [s] = ofKind(generateSuggestions(input, OPTIONS), 'answer_gap');
    expect(s).toMatchObject({ key: 'invoice_request', members: ids('bad', 6) });
    expect(s!.evidence.conversation_ids).toEqual(ids('bad', 6));
  });

  it('needs ANSWER_GAP_MIN_BAD conversations, and does not count handoffs by design', () => {
    const four = [
      ...background,
      ...ids('bad', 4).map((id) => answered(id, true)),
      ...ids('ok', 6).map((id) => answered(id, false)),
    ];
    expect(ofKind(generateSuggestions(four, OPTIONS), 'answer_gap')).toEqual([]);
    const byRule = [
      ...background,
      ...ids('rule', 6).map((id) => answered(id, true, 'complex_or_policy')),
      ...ids('ok', 4).map((id) => answered(id, false)),
    ];
    expect(ofKind(generateSuggestions(byRule, OPTIONS), 'answer_gap')).toEqual([]);
  });
});

describe('generateSuggestions: escalate_earlier', () => {
  const looping = (id: string, replies: number) => {
    const turns = [customer('my payment failed', { intent: 'payment_failed', sentiment: 0.2 })];
    for (let r = 0; r < replies; r++) {
      turns.push(bot(`Tip ${r}.`, { intent: 'payment_failed' }));
      turns.push(customer('still failing', { intent: 'payment_failed', sentiment: 0.2 - 0.2 * (r + 1) }));
    }
    return trace(id, [...turns, agent('Paid.')], { handoff_reason: 'negative_sentiment' });
  };

  it('finds late handoffs from falling sentiment over four or more bot replies, without feedback', () => {
    const [s] = ofKind(
      generateSuggestions(
        ids('late', 5).map((id) => looping(id, 4)),
        OPTIONS,
      ),
      'escalate_earlier',
    );
    expect(s).toMatchObject({ key: 'payment_failed', intent: 'payment_failed' });
    expect(s!.evidence.conversation_ids).toEqual(ids('late', 5));
  });

  it('does not call three bot replies late', () => {
    expect(
      ofKind(
        generateSuggestions(
          ids('late', 5).map((id) => looping(id, 3)),
          OPTIONS,
        ),
        'escalate_earlier',
      ),
    ).toEqual([]);
  });
});

describe('generateSuggestions: automate', () => {
  const humanClosed = (id: string, handleMs: number, answer: string) =>
    trace(id, [customer('where is my parcel NX1'), agent('Hi, this is Anna.'), agent(answer), customer('thanks')], {
      disposition: 'track_parcel',
      handoff_reason: null,
      first_handoff_at: null,
      handle_ms: handleMs,
    });
  const knownTrack = ids('k', 3).map((id) => contained(id, 'track_parcel'));
  const answer = (i: number) => `Parcel NX${1000 + i} is with the courier and arrives tomorrow before noon.`;

  it('suggests automating a high-volume intent agents close fast with the same answer', () => {
    const fast = ids('h', 20).map((id, i) => humanClosed(id, 90_000, answer(i)));
    const [s] = ofKind(generateSuggestions([...knownTrack, ...fast], OPTIONS), 'automate');
    expect(s).toMatchObject({ key: 'track_parcel' });
    expect(s!.evidence.conversation_ids).toEqual(ids('h', 20));
    expect(s!.impact.containment_gain).toBe(1);
  });

  it('does not when agents take long or answer each differently', () => {
    const slow = ids('h', 20).map((id, i) => humanClosed(id, 20 * 60_000, answer(i)));
    expect(ofKind(generateSuggestions([...knownTrack, ...slow], OPTIONS), 'automate')).toEqual([]);
    const replies = [
      'The courier lost it; I have sent a replacement.',
      'It is held at customs until the duty is paid.',
      'The driver could not get in, so it went back to the depot.',
      'We split the order into two boxes; one arrives Monday.',
      'I have asked the warehouse to check the stock first.',
    ];
    const varied = ids('h', 20).map((id, i) => humanClosed(id, 90_000, replies[i % 5]!.replace('.', ` (case ${i}).`)));
    expect(ofKind(generateSuggestions([...knownTrack, ...varied], OPTIONS), 'automate')).toEqual([]);
  });

  it('suggests it from three bot_should_handle feedbacks alone', () => {
    const flagged = ids('f', 3).map((id, i) => ({
      ...humanClosed(id, 600_000, answer(i)),
      feedback: [feedback('bot_should_handle', 'track_parcel')],
    }));
    expect(
      ofKind(generateSuggestions([...knownTrack, ...flagged], OPTIONS), 'automate').map((s) => s.evidence.count),
    ).toEqual([3]);
    expect(ofKind(generateSuggestions([...knownTrack, ...flagged.slice(0, 2)], OPTIONS), 'automate')).toEqual([]);
  });
});
