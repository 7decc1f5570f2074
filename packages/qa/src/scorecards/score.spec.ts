import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARDS } from './default-scorecards.js';
import { checkAnswers, scoreAnswers } from './score.js';

const human = DEFAULT_SCORECARDS.human;

describe('scoreAnswers on the default agent scorecard', () => {
  // Weights: accuracy 3 (1–5), resolution 3 (yes/no), empathy 2 (1–5), handoff_handling 2 (yes/no),
  // compliance 2 (yes/no, auto-fail).
  it('is the weighted mean of the answered criteria, N.A. left out', () => {
    // accuracy 5 → 1·3, resolution yes → 1·3, empathy 3 → 0.5·2, handoff N.A., compliance yes → 1·2:
    // (3 + 3 + 1 + 2) / (3 + 3 + 2 + 2) = 9 / 10 → 90.
    const answers = { accuracy: 5, resolution: 'yes', empathy: 3, handoff_handling: 'na', compliance: 'yes' } as const;
    expect(scoreAnswers(human, answers)).toEqual({ score: 90, passed: true, auto_failed: false });
  });

  it('fails below the pass mark', () => {
    // accuracy 2 → 0.25·3, resolution no → 0, empathy 4 → 0.75·2, handoff yes → 2, compliance yes → 2:
    // (0.75 + 0 + 1.5 + 2 + 2) / 12 = 6.25 / 12 → 52.083…
    const answers = { accuracy: 2, resolution: 'no', empathy: 4, handoff_handling: 'yes', compliance: 'yes' } as const;
    const result = scoreAnswers(human, answers);
    expect(result.score).toBeCloseTo(52.0833, 3);
    expect(result.passed).toBe(false);
  });

  it('scores 0 when an auto-fail criterion fails, whatever else was answered', () => {
    const answers = { accuracy: 5, resolution: 'yes', empathy: 5, handoff_handling: 'yes', compliance: 'no' } as const;
    expect(scoreAnswers(human, answers)).toEqual({ score: 0, passed: false, auto_failed: true });
  });

  it('has no score when every criterion is N.A.', () => {
    const answers = Object.fromEntries(human.criteria.map((c) => [c.key, 'na' as const]));
    expect(scoreAnswers(human, answers)).toEqual({ score: null, passed: null, auto_failed: false });
  });
});

describe('checkAnswers', () => {
  it('names each criterion that is missing, out of its scale, or unknown', () => {
    expect(
      checkAnswers(human, { accuracy: 6, resolution: 3, empathy: 'na', compliance: 'yes', tone: 4 }).map((e) => e.path),
    ).toEqual(['answers.accuracy', 'answers.resolution', 'answers.handoff_handling', 'answers.tone']);
  });

  it('accepts a complete answer set', () => {
    expect(
      checkAnswers(human, { accuracy: 1, resolution: 'na', empathy: 'na', handoff_handling: 'no', compliance: 'yes' }),
    ).toEqual([]);
  });
});
