import { Inject, Injectable } from '@nestjs/common';
import type { QaReviewTable, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

export interface ReviewFilter {
  sample_id?: string | undefined;
  conversation_id?: string | undefined;
  reviewer_id?: string | undefined;
}

/** Reviews are append-only revisions; reads go through `qa_current_reviews`, the latest of each. */
@Injectable()
export class ReviewsRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** False when that revision exists already (the same review saved at the same time elsewhere). */
  async insert(row: QaReviewTable): Promise<boolean> {
    const result = await this.store.db
      .insertInto('qa_reviews')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'review_id', 'revision']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  current(workspaceId: string, filter: ReviewFilter): Promise<QaReviewTable[]> {
    let query = this.store.db.selectFrom('qa_current_reviews').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.sample_id !== undefined) query = query.where('sample_id', '=', filter.sample_id);
    if (filter.conversation_id !== undefined) query = query.where('conversation_id', '=', filter.conversation_id);
    if (filter.reviewer_id !== undefined) query = query.where('reviewer_id', '=', filter.reviewer_id);
    return query.orderBy('created_at').orderBy('review_id').execute();
  }

  find(workspaceId: string, reviewId: string): Promise<QaReviewTable | undefined> {
    return this.store.db
      .selectFrom('qa_current_reviews')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('review_id', '=', reviewId)
      .executeTakeFirst();
  }

  /** The reviewer's review of a conversation within a sample (or outside any), if there is one. */
  mine(workspaceId: string, reviewerId: string, conversationId: string, sampleId: string | null) {
    return this.store.db
      .selectFrom('qa_current_reviews')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('reviewer_id', '=', reviewerId)
      .where('conversation_id', '=', conversationId)
      .where((eb) => (sampleId === null ? eb('sample_id', 'is', null) : eb('sample_id', '=', sampleId)))
      .executeTakeFirst();
  }
}
