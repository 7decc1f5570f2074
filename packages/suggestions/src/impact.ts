import { CONFIDENCE_HALF_SIZE } from './thresholds.js';
import type { Suggestion } from './types.js';

const DAYS_PER_WEEK = 7;

/** Four decimals: enough for ranking, and the same digits on every run. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * `conversations / windowDays × 7`, and the score as the rounded product, so that score = per_week × gain
 * exactly as shown.
 */
export function impactOf(conversations: number, windowDays: number, gain: number): Suggestion['impact'] {
  const perWeek = round4((conversations / windowDays) * DAYS_PER_WEEK);
  const containmentGain = round4(clamp01(gain));
  return {
    conversations_per_week: perWeek,
    containment_gain: containmentGain,
    score: round4(perWeek * containmentGain),
  };
}

/**
 * Confidence, 0..1: a size factor n / (n + 5) (5 conversations give one half, 20 give 0.8) times the
 * agreement of the sources and the tightness of the cluster, each 0..1 (1 where it does not apply).
 */
export function confidenceOf(evidence: number, agreement: number, tightness = 1): number {
  const size = evidence / (evidence + CONFIDENCE_HALF_SIZE);
  return round4(clamp01(size * clamp01(agreement) * clamp01(tightness)));
}

/** Share of a list satisfying a predicate; 0 for an empty list. */
export function shareOf<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  if (items.length === 0) return 0;
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n / items.length;
}
