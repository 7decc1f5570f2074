import { bootstrapMeanInterval, wilsonInterval } from '../intervals/index.js';

export interface ScoredReview {
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
}

export interface ScoreSummary {
  reviews: number;
  mean_score: number | null;
  /** 95 % percentile bootstrap interval of the mean score. */
  mean_ci: [number, number] | null;
  /** Reviews that passed over reviews with a score, with a 95 % Wilson interval. */
  pass_rate: { numerator: number; denominator: number; value: number | null; ci: [number, number] | null };
  auto_fails: number;
}

/** A fixed seed: the same reviews always give the same interval, so a figure never moves on reload. */
const RESULTS_SEED = 20_260_301;

/** QA results of a group of reviews (docs/qa.md); reviews without a score (all N.A.) count only as reviews. */
export function summariseScores(reviews: readonly ScoredReview[]): ScoreSummary {
  const scores = reviews.flatMap((r) => (r.score === null ? [] : [r.score]));
  const passed = reviews.filter((r) => r.passed === true).length;
  return {
    reviews: reviews.length,
    mean_score: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    mean_ci: bootstrapMeanInterval(scores, { seed: RESULTS_SEED }),
    pass_rate: {
      numerator: passed,
      denominator: scores.length,
      value: scores.length === 0 ? null : passed / scores.length,
      ci: wilsonInterval(passed, scores.length),
    },
    auto_fails: reviews.filter((r) => r.auto_failed).length,
  };
}
