import { sentimentBand, type Candidate } from './candidate.js';
import { DEFAULT_RISK_WEIGHTS, type RiskFactor, type SamplePlan } from './sample-plan.js';

/**
 * The population's 90th percentile of handle time over the conversations that have one, interpolated
 * linearly between closest ranks: the p90 the metrics report (docs/metrics.md).
 */
export function longHandleThreshold(population: readonly Candidate[]): number | null {
  const times = population.flatMap((c) => (c.handle_ms === null ? [] : [c.handle_ms])).sort((a, b) => a - b);
  if (times.length === 0) return null;
  const rank = 0.9 * (times.length - 1);
  const below = Math.floor(rank);
  return times[below]! + (rank - below) * (times[Math.min(below + 1, times.length - 1)]! - times[below]!);
}

/** Which risk factors a conversation shows. */
export function riskFactors(candidate: Candidate, longHandleMs: number | null): RiskFactor[] {
  const factors: RiskFactor[] = [];
  if (candidate.csat_score !== null && candidate.csat_score <= 2) factors.push('low_csat');
  if (sentimentBand(candidate.sentiment_end) === 'negative') factors.push('negative_sentiment');
  if (longHandleMs !== null && candidate.handle_ms !== null && candidate.handle_ms > longHandleMs) {
    factors.push('long_handle');
  }
  if (candidate.handed_off) factors.push('escalation');
  if (candidate.recontacted) factors.push('recontact');
  return factors;
}

/** 1 for every conversation under uniform weighting; 1 plus each present factor's weight under risk weighting. */
export function weigher(population: readonly Candidate[], plan: SamplePlan): (candidate: Candidate) => number {
  if (plan.weighting === 'uniform') return () => 1;
  const weights = { ...DEFAULT_RISK_WEIGHTS, ...plan.risk_weights };
  const longHandleMs = longHandleThreshold(population);
  return (candidate) => riskFactors(candidate, longHandleMs).reduce((w, factor) => w + weights[factor], 1);
}
