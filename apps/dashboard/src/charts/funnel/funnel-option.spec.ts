import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.js';
import { emptyAggregate, ratio } from '../../test-support.js';
import { funnelSteps, funnelTable } from './funnel-option.js';

describe('outcome ladder', () => {
  const a = emptyAggregate();
  a.conversations.closed = 22;
  a.rates.containment = ratio(12, 18);
  a.rates.assumed_resolution = ratio(9, 18);
  a.rates.confirmed_resolution = ratio(4, 18);
  a.rates.durable_containment = ratio(10, 18);

  it('steps down from closed through the bot-involved, each a share of the bot-involved', () => {
    const steps = funnelSteps(a);
    expect(steps.map((s) => [s.key, s.count, s.ofBotInvolved])).toEqual([
      ['closed', 22, null],
      ['bot_involved', 18, 1],
      ['contained', 12, 12 / 18],
      ['assumed_resolution', 9, 0.5],
      ['confirmed_resolution', 4, 4 / 18],
      ['durable_containment', 10, 10 / 18],
    ]);
  });

  it('drills into segments, then into the numerators of the ladder rates', () => {
    expect(funnelSteps(a).map((s) => `${s.drill.metric}.${s.drill.part}`)).toEqual([
      'closed.numerator',
      'bot_involved.numerator',
      'containment.numerator',
      'assumed_resolution.numerator',
      'confirmed_resolution.numerator',
      'durable_containment.numerator',
    ]);
  });

  it('tabulates counts and shares: 12 of 18 is 66.7 %', () => {
    expect(funnelTable(funnelSteps(a), en, 'en').rows.slice(0, 3)).toEqual([
      ['Closed', 22, null],
      ['Bot involved', 18, '100.0%'],
      ['Contained (bot only)', 12, '66.7%'],
    ]);
  });

  it('has no shares without bot-involved conversations', () => {
    expect(funnelSteps(emptyAggregate()).map((s) => s.ofBotInvolved)).toEqual([null, null, null, null, null, null]);
  });
});
