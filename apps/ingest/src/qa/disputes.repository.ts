import { Inject, Injectable } from '@nestjs/common';
import type { QaDisputeTable, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

/** Disputes are append-only: raised (revision 1), then settled (revision 2); reads see the latest. */
@Injectable()
export class DisputesRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** False when that revision exists already (someone settled it first). */
  async insert(row: QaDisputeTable): Promise<boolean> {
    const result = await this.store.db
      .insertInto('qa_disputes')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'dispute_id', 'revision']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  find(workspaceId: string, disputeId: string): Promise<QaDisputeTable | undefined> {
    return this.store.db
      .selectFrom('qa_current_disputes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('dispute_id', '=', disputeId)
      .executeTakeFirst();
  }

  /** With `sampleId`, the disputes of that sample's reviews. */
  list(workspaceId: string, sampleId?: string) {
    let query = this.store.db
      .selectFrom('qa_current_disputes as d')
      .innerJoin('qa_current_reviews as r', (join) =>
        join.onRef('r.workspace_id', '=', 'd.workspace_id').onRef('r.review_id', '=', 'd.review_id'),
      )
      .selectAll('d')
      .select('r.conversation_id')
      .where('d.workspace_id', '=', workspaceId);
    if (sampleId !== undefined) query = query.where('r.sample_id', '=', sampleId);
    return query.orderBy('d.raised_at').orderBy('d.dispute_id').execute();
  }
}
