import { describe, expect, it } from 'vitest';
import type { HandoffQuality } from '../api/types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { ratio } from '../test-support.js';
import { handoffKpiDrill, handoffKpiFraction, handoffKpis, handoffKpiTable, handoffKpiValue } from './handoff-kpis.js';

const quality: HandoffQuality = {
  handed_off: 20,
  context_passed: ratio(15, 18),
  repeat_ask: ratio(3, 12),
  repeat_ask_slots: { order_number: 3, phone: 1 },
  abandoned_while_waiting: ratio(2, 20),
  sentiment: { count: 16, before: -0.3, after: -0.1 },
  queues: [],
};

describe('handoff cards', () => {
  const [context, repeat, abandoned, sentiment] = handoffKpis(quality);

  it('take each rate and its fraction from the answer as it is', () => {
    expect(context).toMatchObject({ key: 'context_passed', value: 15 / 18, numerator: 15, denominator: 18 });
    expect(repeat).toMatchObject({ key: 'repeat_ask', value: 0.25, numerator: 3, denominator: 12 });
    expect(abandoned).toMatchObject({ value: 0.1, numerator: 2, denominator: 20 });
    expect(handoffKpiValue(context!, 'en')).toBe('83.3%');
    expect(handoffKpiFraction(context!, 'en')).toBe('15 / 18');
  });

  it('open the conversations each card counts: a rate its denominator, context passed its passed side', () => {
    const opened = (key: Parameters<typeof handoffKpiDrill>[0]) => {
      const d = handoffKpiDrill(key);
      return [d.metric, d.part];
    };
    expect(opened('context_passed')).toEqual(['context_passed', 'numerator']);
    expect(opened('repeat_ask')).toEqual(['agent_replied', 'denominator']);
    expect(opened('abandoned_while_waiting')).toEqual(['handed_off', 'denominator']);
    // No segment holds the handoffs with a sentiment on both sides: the card lists those it is over.
    expect(opened('sentiment')).toEqual(['handed_off', 'numerator']);
  });

  it('show sentiment as before → after, valued by its change over the conversations that have both', () => {
    expect(sentiment).toMatchObject({ numerator: 16, denominator: 20, before: -0.3, after: -0.1 });
    expect(sentiment!.value).toBeCloseTo(0.2, 12);
    expect(handoffKpiValue(sentiment!, 'zh-CN')).toBe('-0.30 → -0.10');
  });

  it('leave an unknown rate or sentiment unknown, never 0', () => {
    const none = handoffKpis({
      ...quality,
      repeat_ask: ratio(0, 0),
      sentiment: { count: 0, before: null, after: null },
    });
    expect(none[1]!.value).toBeNull();
    expect(handoffKpiValue(none[1]!, 'en')).toBe('—');
    expect(none[3]!.value).toBeNull();
    expect(handoffKpiValue(none[3]!, 'en')).toBe('— → —');
  });

  it('export what a card shows', () => {
    expect(handoffKpiTable(repeat!, zhCN, 'zh-CN')).toEqual({
      columns: ['指标', '数值', '分子', '分母'],
      rows: [['重复询问率', '25.0%', 3, 12]],
    });
    expect(handoffKpiTable(sentiment!, en, 'en').rows).toEqual([['Sentiment before → after', '-0.30 → -0.10', 16, 20]]);
  });
});
