import { describe, expect, it } from 'vitest';
import type { TimeseriesBucket } from '../api/types.js';
import { kpiCards } from './kpi-cards.js';
import { emptyAggregate, ratio } from '../test-support.js';

function window() {
  const current = emptyAggregate();
  current.conversations = { total: 24, closed: 22, open: 2, with_bot: 19 };
  current.rates.containment = ratio(12, 18);
  current.rates.csat = ratio(6, 8);
  current.csat_mean = 4.125;
  current.durations.first_response_time = { count: 20, median: 3, p90: 12.5 };
  const previous = emptyAggregate();
  previous.conversations.total = 20;
  previous.rates.containment = ratio(6, 10);
  previous.durations.first_response_time = { count: 10, median: 4, p90: 10 };
  return { current, previous };
}

const day = (bucket: string, total: number, containment: [number, number]): TimeseriesBucket => {
  const a = emptyAggregate();
  a.conversations.total = total;
  a.rates.containment = ratio(...containment);
  return { ...a, bucket };
};

describe('kpiCards', () => {
  it('lists the eight cards in the order of the brief', () => {
    const { current } = window();
    expect(kpiCards(current, null, [], []).map((c) => c.key)).toEqual([
      'volume',
      'bot_involvement',
      'containment',
      'false_containment',
      'escalation_rate',
      'csat',
      'first_response_time',
      'time_to_human',
    ]);
  });

  it('gives rates their fraction and a change in points, counts and durations a relative change', () => {
    const { current, previous } = window();
    const cards = Object.fromEntries(kpiCards(current, previous, [], []).map((c) => [c.key, c]));
    expect(cards.volume).toMatchObject({ value: 24, previous: 20, drill: { metric: 'conversations' } });
    // (24 - 20) / 20
    expect(cards.volume!.change).toBeCloseTo(0.2, 10);
    expect(cards.containment).toMatchObject({
      numerator: 12,
      denominator: 18,
      drill: { metric: 'containment', part: 'denominator' },
    });
    // 12/18 - 6/10 = 0.6667 - 0.6 = 0.0667
    expect(cards.containment!.change).toBeCloseTo(2 / 3 - 0.6, 10);
    // 3 s against 4 s: 25 % faster
    expect(cards.first_response_time).toMatchObject({ value: 3, p90: 12.5, measured: 20, change: -0.25 });
    expect(cards.csat).toMatchObject({ value: 0.75, mean: 4.125 });
  });

  it('leaves a change unknown when a side is missing, never zero', () => {
    const { current, previous } = window();
    const cards = Object.fromEntries(kpiCards(current, previous, [], []).map((c) => [c.key, c]));
    // the previous window had no CSAT response, and nothing was measured for time to human
    expect(cards.csat!.change).toBeNull();
    expect(cards.time_to_human).toMatchObject({ value: null, change: null });
    const empty = emptyAggregate();
    const fromNothing = Object.fromEntries(kpiCards(current, empty, [], []).map((c) => [c.key, c]));
    expect(fromNothing.volume!.change).toBeNull();
    expect(Object.fromEntries(kpiCards(current, null, [], []).map((c) => [c.key, c])).volume!.change).toBeNull();
  });

  it('fills quiet days: zero volume, unknown rate', () => {
    const { current } = window();
    const buckets = [day('2026-03-01', 5, [3, 4]), day('2026-03-03', 2, [0, 0])];
    const cards = kpiCards(current, null, buckets, ['2026-03-01', '2026-03-02', '2026-03-03']);
    expect(cards[0]!.spark).toEqual([5, 0, 2]);
    expect(cards[2]!.spark).toEqual([0.75, null, null]);
  });
});
