import type { Answers } from '@tandem/qa';
import type { QaReviewTable } from '@tandem/store';
import { person, type Person } from '../users/person.js';

export interface ReviewView {
  review_id: string;
  revision: number;
  conversation_id: string;
  sample_id: string | null;
  reviewer: Person;
  scorecard_id: string;
  scorecard_version: number;
  answers: Answers;
  comment: string | null;
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
  created_at: string;
}

/** A stored review as the API shows it. */
export function reviewView(row: QaReviewTable, names: ReadonlyMap<string, string>): ReviewView {
  return {
    review_id: row.review_id,
    revision: Number(row.revision),
    conversation_id: row.conversation_id,
    sample_id: row.sample_id,
    reviewer: person(row.reviewer_id, names),
    scorecard_id: row.scorecard_id,
    scorecard_version: Number(row.scorecard_version),
    answers: JSON.parse(row.answers) as Answers,
    comment: row.comment,
    score: row.score === null ? null : Number(row.score),
    passed: row.passed,
    auto_failed: row.auto_failed,
    created_at: row.created_at,
  };
}
