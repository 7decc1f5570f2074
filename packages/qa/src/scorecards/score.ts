import type { Criterion, ScorecardContent } from './scorecard.js';

export type Answer = 'yes' | 'no' | 'na' | 1 | 2 | 3 | 4 | 5;
export type Answers = Record<string, Answer>;

export interface AnswerError {
  path: string;
  reason: string;
}

export interface ReviewScore {
  /** 0–100; null when every criterion was N.A. */
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
}

function allowed(criterion: Criterion): readonly Answer[] {
  return criterion.scale === 'yes_no' ? ['yes', 'no', 'na'] : [1, 2, 3, 4, 5, 'na'];
}

/** Every criterion answered, each within its scale, nothing else: the errors name the criterion to fix. */
export function checkAnswers(scorecard: ScorecardContent, answers: Record<string, unknown>): AnswerError[] {
  const errors: AnswerError[] = [];
  const keys = new Set(scorecard.criteria.map((c) => c.key));
  for (const criterion of scorecard.criteria) {
    const answer = answers[criterion.key];
    const options = allowed(criterion);
    if (answer === undefined) {
      errors.push({ path: `answers.${criterion.key}`, reason: `is required: one of ${options.join(', ')}` });
    } else if (!options.includes(answer as Answer)) {
      errors.push({ path: `answers.${criterion.key}`, reason: `must be one of ${options.join(', ')}` });
    }
  }
  for (const key of Object.keys(answers)) {
    if (!keys.has(key)) errors.push({ path: `answers.${key}`, reason: 'is not a criterion of this scorecard version' });
  }
  return errors;
}

/** yes = 1, no = 0; 1–5 maps onto 0–1 in even steps. */
function valueOf(answer: Exclude<Answer, 'na'>): number {
  if (answer === 'yes') return 1;
  if (answer === 'no') return 0;
  return (answer - 1) / 4;
}

/** An auto-fail criterion fails on its worst answer: "no", or 1. */
function failsOutright(criterion: Criterion, answer: Answer): boolean {
  return criterion.auto_fail && (answer === 'no' || answer === 1);
}

/**
 * The review's score (docs/qa.md): the weighted mean of the answered criteria on 0–100, N.A. left out
 * of both sums; 0 when an auto-fail criterion fails. The answers must have passed `checkAnswers`.
 */
export function scoreAnswers(scorecard: ScorecardContent, answers: Answers): ReviewScore {
  let weighted = 0;
  let weights = 0;
  let autoFailed = false;
  for (const criterion of scorecard.criteria) {
    const answer = answers[criterion.key]!;
    if (failsOutright(criterion, answer)) autoFailed = true;
    if (answer === 'na') continue;
    weighted += criterion.weight * valueOf(answer);
    weights += criterion.weight;
  }
  if (autoFailed) return { score: 0, passed: false, auto_failed: true };
  if (weights === 0) return { score: null, passed: null, auto_failed: false };
  const score = (100 * weighted) / weights;
  return { score, passed: score >= scorecard.pass_mark, auto_failed: false };
}
