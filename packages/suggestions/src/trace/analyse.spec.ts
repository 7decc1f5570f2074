import { describe, expect, it } from 'vitest';
import { agent, bot, customer, feedback, trace } from '../test-support/build.js';
import { analyse } from './analyse.js';
import { personRequestIntents } from './request-intents.js';
import { knownIntents } from './truth.js';

const KNOWN = new Set(['order_status', 'refund_status', 'return_request', 'speak_to_agent']);

const misreadTexts = (t: Parameters<typeof analyse>[0]) => analyse(t, KNOWN).misreads.map((r) => r.turn.text);

describe('analyse', () => {
  const confused = [
    customer('I want to return these shoes', { intent: 'refund_status' }),
    bot('Refunds take 5 days.'),
    customer('no, return them', { intent: 'refund_status' }),
    bot('Refunds take 5 days.'),
    customer('agent please', { intent: 'speak_to_agent' }),
    bot('Connecting you.'),
    agent('Here is your label.'),
  ];

  it('takes agents’ feedback over the disposition, and counts the reading the bot committed to, not a later request for a person', () => {
    const t = trace('c1', confused, {
      feedback: [feedback('bot_misunderstood', 'return_request')],
      disposition: 'order_status',
    });
    const a = analyse(t, KNOWN);
    expect(a.truth).toMatchObject({ intent: 'return_request', fromFeedback: true, conflict: true });
    expect(misreadTexts(t)).toEqual(['I want to return these shoes', 'no, return them']);
  });

  it('lets a disposition correct fallbacks only, and only when the bot never recognised the intent', () => {
    const fellBack = trace(
      'c1',
      [customer('where is my parcel', { fallback: true }), bot('Sorry?'), agent('Arrives today.')],
      {
        disposition: 'order_status',
      },
    );
    expect(misreadTexts(fellBack)).toEqual(['where is my parcel']);
    expect(misreadTexts(trace('c2', confused, { disposition: 'return_request' }))).toEqual([]);
    const recovered = trace(
      'c3',
      [
        customer('hi there', { fallback: true }),
        bot('Sorry?'),
        customer('order status', { intent: 'order_status' }),
        agent('ok'),
      ],
      { disposition: 'order_status' },
    );
    expect(misreadTexts(recovered)).toEqual([]);
  });

  it('ignores dispositions that are wrap-up codes rather than intents', () => {
    const t = trace('c1', [customer('where is my parcel', { fallback: true }), bot('Sorry?'), agent('ok')], {
      disposition: 'info_provided',
    });
    const a = analyse(t, KNOWN);
    expect(a.truth).toBeNull();
    expect(a.unmapped.map((r) => r.turn.text)).toEqual(['where is my parcel']);
  });

  it('sends missing_intent conversations to new-intent clustering whatever the disposition says', () => {
    const t = trace('c1', [customer('change my address', { fallback: true }), bot('Sorry?'), agent('done')], {
      disposition: 'order_status',
      feedback: [feedback('missing_intent', null)],
    });
    const a = analyse(t, KNOWN);
    expect(a.truth).toBeNull();
    expect(a.misreads).toEqual([]);
    expect(a.unmapped.map((r) => r.turn.text)).toEqual(['change my address']);
  });

  it('does not take a request for a person as the topic', () => {
    const asked = trace('c1', [
      customer('track order 5', { intent: 'order_status' }),
      bot('Today.'),
      customer('agent please', { intent: 'speak_to_agent' }),
      agent('hi'),
    ]);
    expect(analyse(asked, KNOWN, new Set(['speak_to_agent'])).topic).toBe('order_status');
    const onlyAsked = trace('c2', [customer('agent please', { intent: 'speak_to_agent' }), agent('hi')]);
    expect(analyse(onlyAsked, KNOWN, new Set(['speak_to_agent'])).topic).toBeNull();
    expect(analyse(onlyAsked, KNOWN).topic).toBe('speak_to_agent');
  });

  it('finds the intents that are requests for a person from how conversations end', () => {
    const ask = (id: string, first: string) =>
      trace(
        id,
        [
          customer('q', { intent: first }),
          bot('a'),
          customer('agent please', { intent: 'speak_to_agent' }),
          agent('hi'),
        ],
        {
          handoff_reason: 'customer_requested_human',
        },
      );
    // A button press leaves the topic as the last reading; it is still a topic, since the bot mostly contains it.
    const button = (id: string) =>
      trace(id, [customer('q', { intent: 'order_status' }), bot('a'), agent('hi')], {
        handoff_reason: 'customer_requested_human',
      });
    const traces = [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => ask(id, 'refund_status')),
      ...['f', 'g'].map(button),
      ...['h', 'i', 'j', 'k', 'l', 'm'].map((id) => trace(id, [customer('q', { intent: 'order_status' }), bot('a')])),
    ];
    expect([...personRequestIntents(traces)]).toEqual(['speak_to_agent']);
    expect(personRequestIntents(traces.slice(1))).toEqual(new Set());
  });

  it('knows the intents the bot recognised and those agents corrected to, not missing ones', () => {
    const known = knownIntents([
      trace('c1', confused, { feedback: [feedback('bot_misunderstood', 'return_request')] }),
      trace('c2', [customer('x', { fallback: true })], { feedback: [feedback('missing_intent', 'change_address')] }),
    ]);
    expect([...known].sort()).toEqual(['refund_status', 'return_request', 'speak_to_agent']);
  });
});
