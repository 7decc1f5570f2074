import type { ConversationDocumentInput } from '@tandem/schema';

type Outcome = NonNullable<ConversationDocumentInput['outcome']>;

/** The three satisfaction classes the USS annotations use: mean rating below, at or above 3. */
export type SatisfactionClass = 'dissatisfied' | 'neutral' | 'satisfied';

const CLASS_SCORE: Record<SatisfactionClass, number> = { dissatisfied: 2, neutral: 3, satisfied: 4 };

/**
 * CSAT score for a class whose exact mean is unknown: the middle of the class's part of the 1–5 scale, so
 * `satisfied` counts as a positive response (score ≥ 4) and the others do not (DESIGN §2 CSAT).
 */
export function csatOfClass(satisfaction: SatisfactionClass): number {
  return CLASS_SCORE[satisfaction];
}

/** The class of 1–5 annotator ratings, compared exactly (sum against 3 × count) so no rounding decides it. */
export function classOfRatings(ratings: readonly number[]): SatisfactionClass {
  const sum = ratings.reduce((total, r) => total + r, 0);
  if (sum < 3 * ratings.length) return 'dissatisfied';
  return sum === 3 * ratings.length ? 'neutral' : 'satisfied';
}

/**
 * CSAT score of 1–5 annotator ratings: their mean rounded to the nearest whole score, but never across the
 * class boundary, so a mean of 3.33 (satisfied) gives 4 and 2.67 (dissatisfied) gives 2; 3 only for exactly 3.
 */
export function csatOfRatings(ratings: readonly number[]): number {
  const satisfaction = classOfRatings(ratings);
  const rounded = Math.round(ratings.reduce((total, r) => total + r, 0) / ratings.length);
  if (satisfaction === 'satisfied') return Math.max(4, rounded);
  return satisfaction === 'dissatisfied' ? Math.min(2, rounded) : 3;
}

/**
 * The outcome of a labelled data set that records no resolution: a dissatisfied customer is taken as
 * not helped. This ties outcome to CSAT by construction, which the docs point out.
 */
export function outcomeOfClass(satisfaction: SatisfactionClass): Outcome {
  return satisfaction === 'dissatisfied' ? 'unresolved' : 'resolved';
}
