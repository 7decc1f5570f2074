import type { Answer, Criterion } from '../api/qa-types.js';

export interface LiveScore {
  /** 0–100; null while no criterion has a scoring answer (all "na", or none yet). */
  score: number | null;
  /** An auto-fail criterion was answered "no" (or 1): the score is 0 whatever else was answered. */
  autoFailed: boolean;
  /** Score ≥ the pass mark; null without a score. */
  passed: boolean | null;
  /** Criteria still without an answer, in the scorecard's order: the form cannot be sent yet. */
  missing: string[];
}

/** Whether `answer` is one the criterion's scale allows ("na" is an answer on both). */
export function fitsScale(scale: Criterion['scale'], answer: Answer | undefined): answer is Answer {
  if (answer === 'na') return true;
  return scale === 'yes_no' ? answer === 'yes' || answer === 'no' : typeof answer === 'number';
}

/** yes = 1, no = 0; on 1–5, (n − 1) / 4; "na" has no value. */
function valueOf(answer: Answer): number | null {
  if (answer === 'na') return null;
  if (answer === 'yes') return 1;
  if (answer === 'no') return 0;
  return (answer - 1) / 4;
}

const fails = (answer: Answer) => answer === 'no' || answer === 1;

/**
 * The score as the service computes it (docs/qa.md): 100 × Σ weight × value / Σ weight over the
 * answered criteria, "na" left out of both sums; an auto-fail criterion answered no (or 1) makes it
 * 0. Shown live while the form is filled in; after a submit the service's own answer is shown.
 */
export function liveScore(
  criteria: Pick<Criterion, 'key' | 'weight' | 'scale' | 'auto_fail'>[],
  answers: Partial<Record<string, Answer>>,
  passMark: number,
): LiveScore {
  let weighted = 0;
  let weights = 0;
  let autoFailed = false;
  const missing: string[] = [];
  for (const c of criteria) {
    const answer = answers[c.key];
    if (!fitsScale(c.scale, answer)) {
      missing.push(c.key);
      continue;
    }
    if (c.auto_fail && fails(answer)) autoFailed = true;
    const value = valueOf(answer);
    if (value === null) continue;
    weighted += c.weight * value;
    weights += c.weight;
  }
  const score = autoFailed ? 0 : weights === 0 ? null : (100 * weighted) / weights;
  return { score, autoFailed, passed: score === null ? null : !autoFailed && score >= passMark, missing };
}
