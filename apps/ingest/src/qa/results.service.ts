import { Inject, Injectable } from '@nestjs/common';
import { qaReviews, type MetricQuery, type QaGrouping, type QaReviewRow } from '@tandem/metrics';
import { summariseScores, type Answers, type ScoreSummary } from '@tandem/qa';
import type { StoreAdapter } from '@tandem/store';
import { csvLine } from '../metrics/csv.js';
import { STORE } from '../store/store.module.js';

export interface ResultGroup extends ScoreSummary {
  key: string;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let members = groups.get(key);
    if (!members) groups.set(key, (members = []));
    members.push(row);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const FIXED_COLUMNS = [
  'review_id',
  'revision',
  'conversation_id',
  'started_at',
  'channel',
  'scenario',
  'path',
  'agent_id',
  'team',
  'group_key',
  'sample_id',
  'reviewer_id',
  'reviewer_name',
  'scorecard_id',
  'scorecard_version',
  'score',
  'passed',
  'auto_failed',
  'comment',
] as const;

/** QA scores over time and by group, with intervals, and the reviews behind them (docs/qa.md). */
@Injectable()
export class ResultsService {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** With `key`, everything is about that one group: its own figures and its own trend. */
  async results(q: MetricQuery, by: QaGrouping, key?: string) {
    const rows = await qaReviews(this.store, q, by, key);
    return {
      by,
      overall: { key: 'all', ...summariseScores(rows) },
      groups: [...groupBy(rows, (r) => r.group_key)].map(([key, members]) => ({ key, ...summariseScores(members) })),
      trend: [...groupBy(rows, (r) => r.bucket)].map(([bucket, members]) => {
        const { reviews, mean_score, mean_ci } = summariseScores(members);
        return { bucket, reviews, mean_score, mean_ci };
      }),
    };
  }

  async page(q: MetricQuery, by: QaGrouping, key: string | undefined, page: number, pageSize: number) {
    const rows = await qaReviews(this.store, q, by, key);
    return {
      total: rows.length,
      page,
      page_size: pageSize,
      // Shaped like every other review the API shows, with the conversation's context beside it.
      reviews: rows.slice((page - 1) * pageSize, page * pageSize).map(({ reviewer_id, reviewer_name, ...r }) => ({
        ...r,
        reviewer: { user_id: reviewer_id, name: reviewer_name ?? reviewer_id },
        answers: JSON.parse(r.answers) as Answers,
      })),
    };
  }

  /** One line per review with every answer in a column of its own, so each figure can be recomputed. */
  async *csv(q: MetricQuery, by: QaGrouping, key: string | undefined): AsyncGenerator<string> {
    const rows = await qaReviews(this.store, q, by, key);
    const answers = rows.map((r) => JSON.parse(r.answers) as Answers);
    const criteria = [...new Set(answers.flatMap((a) => Object.keys(a)))].sort();
    yield csvLine([...FIXED_COLUMNS, ...criteria.map((c) => `answer_${c}`)]);
    for (const [i, row] of rows.entries()) {
      yield csvLine([
        ...FIXED_COLUMNS.map((column) => (row as QaReviewRow)[column]),
        ...criteria.map((c) => answers[i]![c]),
      ]);
    }
  }
}
