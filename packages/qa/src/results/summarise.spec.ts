import { describe, expect, it } from 'vitest';
import { summariseScores } from './summarise.js';

describe('summariseScores', () => {
  it('counts, averages and rates by hand', () => {
    // Scores 100, 90, 0 (auto-fail), 60, and one all-N.A. review: mean (100 + 90 + 0 + 60) / 4 = 62.5;
    // passed 2 of the 4 scored; 1 auto-fail; 5 reviews.
    const summary = summariseScores([
      { score: 100, passed: true, auto_failed: false },
      { score: 90, passed: true, auto_failed: false },
      { score: 0, passed: false, auto_failed: true },
      { score: 60, passed: false, auto_failed: false },
      { score: null, passed: null, auto_failed: false },
    ]);
    expect(summary.reviews).toBe(5);
    expect(summary.mean_score).toBe(62.5);
    expect(summary.pass_rate).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(summary.auto_fails).toBe(1);
    // Wilson 2/4 at 95 %: centre 0.5, half-width 1.96·√(0.25/4 + 1.96²/64) / (1 + 1.96²/4) ≈ 0.350.
    expect(summary.pass_rate.ci![0]).toBeCloseTo(0.15, 2);
    expect(summary.pass_rate.ci![1]).toBeCloseTo(0.85, 2);
    const [low, high] = summary.mean_ci!;
    expect(low).toBeLessThan(62.5);
    expect(high).toBeGreaterThan(62.5);
    expect(summariseScores([...Array(4)].map(() => ({ score: 80, passed: true, auto_failed: false }))).mean_ci).toEqual(
      [80, 80],
    );
  });

  it('has nothing to say about no reviews', () => {
    expect(summariseScores([])).toEqual({
      reviews: 0,
      mean_score: null,
      mean_ci: null,
      pass_rate: { numerator: 0, denominator: 0, value: null, ci: null },
      auto_fails: 0,
    });
  });
});
