import { DURATION_NAMES, RATE_NAMES, type Aggregate, type Ratio } from './api/types.js';

/** An aggregate with nothing counted, for specs to fill in the few numbers they are about. */
export function emptyAggregate(): Aggregate {
  const none: Ratio = { numerator: 0, denominator: 0, value: null };
  return {
    conversations: { total: 0, closed: 0, open: 0, with_bot: 0 },
    rates: Object.fromEntries(RATE_NAMES.map((r) => [r, { ...none }])) as Aggregate['rates'],
    abandonment_parts: { with_bot: 0, while_waiting: 0, after_agent: 0 },
    csat_mean: null,
    durations: Object.fromEntries(
      DURATION_NAMES.map((d) => [d, { count: 0, median: null, p90: null }]),
    ) as Aggregate['durations'],
  };
}

export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
