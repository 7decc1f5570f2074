import { describe, expect, it } from 'vitest';
import { agent, bot, customer, trace } from '../test-support/build.js';
import { botPhase } from './bot-phase.js';

describe('botPhase', () => {
  it('reads NLU on the customer message', () => {
    const phase = botPhase(
      trace('c1', [
        customer('where is my parcel', { fallback: true }),
        bot('Sorry?'),
        customer('track order 1', { intent: 'order_status' }),
        bot('It arrives today.'),
      ]),
    );
    expect(phase.readings.map((r) => [r.turn.text, r.intent, r.fallback])).toEqual([
      ['where is my parcel', null, true],
      ['track order 1', 'order_status', false],
    ]);
  });

  it('reads NLU on the bot reply when the customer message has none', () => {
    const phase = botPhase(
      trace('c1', [
        customer('where is my parcel'),
        bot('Sorry?', { fallback: true }),
        customer('track order 1'),
        bot('It arrives today.', { intent: 'order_status' }),
      ]),
    );
    expect(phase.readings.map((r) => [r.intent, r.fallback, r.reply?.text])).toEqual([
      [null, true, 'Sorry?'],
      ['order_status', false, 'It arrives today.'],
    ]);
  });

  it('stops at the first agent message and counts bot replies after the customer first spoke', () => {
    const phase = botPhase(
      trace('c1', [
        bot('Hi, how can I help?'),
        customer('my payment failed', { intent: 'payment_failed', sentiment: 0.1 }),
        bot('Try again.', { intent: 'payment_failed' }),
        customer('still failing', { intent: 'payment_failed', sentiment: -0.5 }),
        bot('Connecting you.'),
        agent('Hi, I can help.'),
        customer('thanks', { intent: 'goodbye', sentiment: 0.5 }),
      ]),
    );
    expect(phase.botReplies).toBe(2);
    expect(phase.sentiments).toEqual([0.1, -0.5]);
    expect(phase.readings).toHaveLength(2);
  });

  it('skips utterances with no reading at all', () => {
    expect(botPhase(trace('c1', [customer('hello'), agent('Hi!')])).readings).toEqual([]);
  });
});
