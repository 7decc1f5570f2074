import { describe, expect, it } from 'vitest';
import type { HandoffQuality, IntentOpportunity } from '../api/types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { drillOf } from '../state/view-params.js';
import { emptyAggregate, ratio } from '../test-support.js';
import { classPartCounts, handoffTabs, intentPartCounts, isTabOf, rateTabs } from './drill-tabs.js';

const quality: HandoffQuality = {
  handed_off: 20,
  context_passed: ratio(15, 18),
  repeat_ask: ratio(3, 12),
  repeat_ask_slots: {},
  abandoned_while_waiting: ratio(2, 20),
  sentiment: { count: 16, before: -0.3, after: -0.1 },
  queues: [],
};

const simple = (tabs: ReturnType<typeof handoffTabs>) =>
  tabs?.tabs.map((t) => [t.metric, t.part, t.label, t.count]) ?? null;

describe('drill-down tabs', () => {
  it("are a rate's numerator and denominator, counted when the figure is known", () => {
    const tabs = rateTabs(drillOf('containment', 'denominator'), ratio(3, 8), en);
    expect(tabs?.label).toBe('Containment');
    expect(simple(tabs)).toEqual([
      ['containment', 'numerator', 'Numerator', 3],
      ['containment', 'denominator', 'Denominator', 8],
    ]);
    expect(simple(rateTabs(drillOf('csat'), null, en))).toEqual([
      ['csat', 'numerator', 'Numerator', null],
      ['csat', 'denominator', 'Denominator', null],
    ]);
    expect(rateTabs(drillOf('handed_off'), null, en)).toBeNull();
  });

  it('count each handoff card as the card does, whichever side is open', () => {
    expect(simple(handoffTabs(drillOf('agent_replied', 'denominator'), quality, en))).toEqual([
      ['repeat_asked', 'numerator', 'Numerator', 3],
      ['agent_replied', 'denominator', 'Denominator', 12],
    ]);
    expect(simple(handoffTabs(drillOf('abandoned_waiting'), quality, en))).toEqual([
      ['abandoned_waiting', 'numerator', 'Numerator', 2],
      ['handed_off', 'denominator', 'Denominator', 20],
    ]);
    // Context passed is over the handoffs that said either way: passed and not passed add up to it.
    const context = handoffTabs(drillOf('context_not_passed'), quality, zhCN);
    expect(context?.label).toBe('上下文传递率');
    expect(simple(context)).toEqual([
      ['context_passed', 'numerator', '已传递', 15],
      ['context_not_passed', 'numerator', '未传递', 3],
    ]);
    expect(isTabOf(drillOf('context_not_passed'), context!.tabs[1]!)).toBe(true);
  });

  it('are not shown for all handoffs as a queue or the sentiment card lists them, nor a narrowed list', () => {
    expect(handoffTabs(drillOf('handed_off'), quality, en)).toBeNull();
    expect(handoffTabs(drillOf('repeat_asked', 'numerator', { intent: 'x' }), quality, en)).toBeNull();
    expect(simple(handoffTabs(drillOf('repeat_asked'), null, en))).toEqual([
      ['repeat_asked', 'numerator', 'Numerator', null],
      ['agent_replied', 'denominator', 'Denominator', null],
    ]);
  });

  it("count a class card's rate in its class, and an intent's containment in its row", () => {
    const row = { ...emptyAggregate(), scenario_class: null, sentiment_delta: null, checks: [], pass: null };
    row.rates.containment = ratio(4, 9);
    const drill = drillOf('containment', 'denominator', { scenarioClass: 'none' });
    expect(classPartCounts(drill, [row])).toEqual(ratio(4, 9));
    expect(classPartCounts(drillOf('containment', 'denominator', { scenarioClass: 'emotional' }), [row])).toEqual(
      ratio(0, 0),
    );
    expect(classPartCounts(drill, null)).toBeNull();
    expect(classPartCounts(drillOf('conversations', 'numerator', { scenarioClass: 'none' }), [row])).toBeNull();
    const intents = [{ intent: 'refund', containment: ratio(5, 7) }] as IntentOpportunity[];
    expect(intentPartCounts(drillOf('containment', 'numerator', { intent: 'refund' }), intents)).toEqual(ratio(5, 7));
    expect(intentPartCounts(drillOf('containment', 'numerator'), intents)).toBeNull();
  });
});
