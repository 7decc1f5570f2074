import type { Aggregate, DurationName, RateName, TimeseriesBucket } from '../api/types.js';
import { drillOf, type Drill } from '../state/view-params.js';

export const KPI_KEYS = [
  'volume',
  'bot_involvement',
  'containment',
  'false_containment',
  'escalation_rate',
  'csat',
  'first_response_time',
  'time_to_human',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export type KpiKind = 'count' | 'rate' | 'duration';

/** One card, every number already chosen; the component only formats and lays it out. */
export interface KpiCard {
  key: KpiKey;
  kind: KpiKind;
  value: number | null;
  /** Rates only. */
  numerator: number | null;
  denominator: number | null;
  previous: number | null;
  /** Rates: difference of the fractions; counts and durations: change relative to the previous value. */
  change: number | null;
  /** CSAT: the mean score. */
  mean: number | null;
  /** Durations: the p90 and how many conversations were measured. */
  p90: number | null;
  measured: number | null;
  /** The card's value per day of the window, null where it is undefined (a rate without denominator). */
  spark: (number | null)[];
  drill: Drill;
  /** Whether a rise is good news (green), bad news (red), or neither. */
  higherIsBetter: boolean | null;
}

type Definition =
  | { key: 'volume'; kind: 'count' }
  | { key: KpiKey & RateName; kind: 'rate'; higherIsBetter: boolean }
  | { key: KpiKey & DurationName; kind: 'duration' };

const DEFINITIONS: Definition[] = [
  { key: 'volume', kind: 'count' },
  { key: 'bot_involvement', kind: 'rate', higherIsBetter: true },
  { key: 'containment', kind: 'rate', higherIsBetter: true },
  { key: 'false_containment', kind: 'rate', higherIsBetter: false },
  { key: 'escalation_rate', kind: 'rate', higherIsBetter: false },
  { key: 'csat', kind: 'rate', higherIsBetter: true },
  { key: 'first_response_time', kind: 'duration' },
  { key: 'time_to_human', kind: 'duration' },
];

function read(def: Definition, a: Aggregate | undefined): number | null {
  switch (def.kind) {
    // A day without a bucket had no conversations: its volume is a real zero.
    case 'count':
      return a ? a.conversations.total : 0;
    case 'rate':
      return a ? a.rates[def.key].value : null;
    case 'duration':
      return a ? a.durations[def.key].median : null;
  }
}

function change(kind: KpiKind, current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  if (kind === 'rate') return current - previous;
  return previous === 0 ? null : (current - previous) / previous;
}

/**
 * The eight executive cards from the window's overview, the previous window's (null while unknown)
 * and the daily timeseries; `days` lists every day of the window so that quiet days still count.
 */
export function kpiCards(
  current: Aggregate,
  previous: Aggregate | null,
  buckets: TimeseriesBucket[],
  days: string[],
): KpiCard[] {
  const byDay = new Map(buckets.map((b) => [b.bucket, b]));
  return DEFINITIONS.map((def) => {
    const value = read(def, current);
    const before = previous ? read(def, previous) : null;
    const rate = def.kind === 'rate' ? current.rates[def.key] : null;
    const duration = def.kind === 'duration' ? current.durations[def.key] : null;
    return {
      key: def.key,
      kind: def.kind,
      value,
      numerator: rate?.numerator ?? null,
      denominator: rate?.denominator ?? null,
      previous: before,
      change: change(def.kind, value, before),
      mean: def.key === 'csat' ? current.csat_mean : null,
      p90: duration?.p90 ?? null,
      measured: duration?.count ?? null,
      spark: days.map((day) => read(def, byDay.get(day))),
      drill:
        def.kind === 'count'
          ? drillOf('conversations')
          : drillOf(def.key, def.kind === 'rate' ? 'denominator' : 'numerator'),
      higherIsBetter: def.kind === 'rate' ? def.higherIsBetter : def.kind === 'duration' ? false : null,
    };
  });
}
