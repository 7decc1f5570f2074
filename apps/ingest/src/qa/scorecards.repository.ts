import { Inject, Injectable } from '@nestjs/common';
import type { QaScorecardTable, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

@Injectable()
export class ScorecardsRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** Every version of every scorecard of a workspace, newest version first within each. */
  all(workspaceId: string): Promise<QaScorecardTable[]> {
    return this.store.db
      .selectFrom('qa_scorecards')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('scorecard_id')
      .orderBy('version', 'desc')
      .execute();
  }

  /** One version, or the latest when `version` is absent. */
  find(workspaceId: string, scorecardId: string, version?: number): Promise<QaScorecardTable | undefined> {
    let query = this.store.db
      .selectFrom('qa_scorecards')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('scorecard_id', '=', scorecardId);
    if (version !== undefined) query = query.where('version', '=', version);
    return query.orderBy('version', 'desc').limit(1).executeTakeFirst();
  }

  /** Adds a version; false when that version already exists (someone saved first). */
  async insert(row: QaScorecardTable): Promise<boolean> {
    const result = await this.store.db
      .insertInto('qa_scorecards')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'scorecard_id', 'version']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}
