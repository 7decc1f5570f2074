import { describe, expect, it } from 'vitest';
import type { ScenarioClassRow, WorkspaceSettings } from '../api/types.js';
import { en } from '../i18n/en.js';
import { zhCN } from '../i18n/zh-CN.js';
import { emptyAggregate, ratio } from '../test-support.js';
import { classCards, classTable, metricValue, resultKey, targetText } from './class-cards.js';

function row(cls: ScenarioClassRow['scenario_class'], total: number): ScenarioClassRow {
  const a = emptyAggregate();
  a.conversations.total = total;
  a.rates.containment = ratio(8, 10);
  a.rates.csat = ratio(3, 5);
  a.durations.time_to_human = { count: 2, median: 30, p90: 200 };
  return { ...a, scenario_class: cls, sentiment_delta: -0.05, checks: [], pass: null };
}

const emotional: ScenarioClassRow = {
  ...row('emotional', 12),
  checks: [
    { target: 'csat_min', goal: 0.7, actual: 0.6, pass: false },
    { target: 'time_to_human_p90_max_seconds', goal: 300, actual: 200, pass: true },
  ],
  pass: false,
};

const settings = {
  scenario_classes: {
    scenarios: {},
    intents: {},
    targets: { high_freq_low_complexity: { csat_min: 0.8, containment_min: 0.7 } },
  },
} as unknown as WorkspaceSettings;

describe('scenario class cards', () => {
  const cards = classCards([emotional, row(null, 4)], settings);

  it('always shows the three classes and "not mapped", in that order', () => {
    expect(cards.map((c) => [c.key, c.conversations])).toEqual([
      ['high_freq_low_complexity', 0],
      ['low_freq_high_complexity', 0],
      ['emotional', 12],
      ['none', 4],
    ]);
  });

  it("puts each of the service's checks beside the figure it judges", () => {
    const card = cards[2]!;
    expect(card.pass).toBe(false);
    const csat = card.metrics.find((m) => m.key === 'csat')!;
    expect(csat).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });
    expect(csat.check).toEqual({ target: 'csat_min', goal: 0.7, atLeast: true, pass: false });
    expect(targetText(csat, en, 'en')).toBe('target ≥ 70.0%');
    const tth = card.metrics.find((m) => m.key === 'time_to_human_p90')!;
    expect(targetText(tth, zhCN, 'zh-CN')).toBe('目标 ≤ 5分钟');
    expect(resultKey(tth.check!.pass)).toBe('pass');
    expect(card.metrics.find((m) => m.key === 'containment')!.check).toBeNull();
    expect(
      metricValue(
        card.metrics.find((m) => m.key === 'sentiment_delta')!,
        'en',
      ),
    ).toBe('-0.05');
  });

  it('lists each figure in its class: a rate its denominator, a duration its measured conversations', () => {
    const drills = cards[3]!.metrics.map(
      (m) => m.drill && [m.key, m.drill.metric, m.drill.part, m.drill.scenarioClass],
    );
    expect(drills).toEqual([
      ['conversations', 'conversations', 'numerator', 'none'],
      ['containment', 'containment', 'denominator', 'none'],
      ['csat', 'csat', 'denominator', 'none'],
      ['escalation_rate', 'escalation_rate', 'denominator', 'none'],
      ['time_to_human_p90', 'time_to_human', 'numerator', 'none'],
      // The change of sentiment is over no segment the service can list.
      null,
    ]);
    expect(cards[2]!.metrics[1]!.drill?.scenarioClass).toBe('emotional');
  });

  it('shows the targets of a class without conversations from the settings, judged by nobody', () => {
    const card = cards[0]!;
    expect(card.pass).toBeNull();
    expect(card.metrics.map((m) => m.check?.target ?? null)).toEqual([
      null,
      'containment_min',
      'csat_min',
      null,
      null,
      null,
    ]);
    expect(card.metrics.every((m) => m.check === null || m.check.pass === null)).toBe(true);
    expect(card.metrics.find((m) => m.key === 'containment')!.value).toBeNull();
  });

  it('leaves "not mapped" unjudged', () => {
    expect(cards[3]!.metrics.every((m) => m.check === null)).toBe(true);
    expect(cards[3]!.pass).toBeNull();
  });

  it('exports every figure with its target and result', () => {
    const rows = classTable(cards, en, 'en').rows.filter((r) => r[0] === 'Emotional');
    expect(rows[0]).toEqual(['Emotional', 'All targets', null, null, 'Fail']);
    expect(rows[1]).toEqual(['Emotional', 'Conversations', 12, null, null]);
    expect(rows[3]).toEqual(['Emotional', 'CSAT', '60.0%', 'target ≥ 70.0%', 'Fail']);
  });
});
