import { Inject, Injectable } from '@nestjs/common';
import type { StoreAdapter, SuggestionDecisionTable, SuggestionTable } from '@tandem/store';
import { STORE } from '../store/store.module.js';

export type StoredSuggestion = SuggestionTable & { decision: SuggestionDecisionTable | null };

@Injectable()
export class SuggestionsRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /**
   * Writes a refresh: each suggestion in place under its id, keeping when it was first seen. Undecided
   * suggestions the refresh did not find again go: the data no longer supports them, and nobody acted
   * on them. Decided ones stay, whatever the data says now.
   */
  async replace(workspaceId: string, rows: readonly SuggestionTable[]): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      const found = rows.map((r) => r.suggestion_id);
      await trx
        .deleteFrom('suggestions')
        .where('workspace_id', '=', workspaceId)
        // An uncorrelated subquery: ClickHouse takes it in a delete, and runs no correlated one.
        .where('suggestion_id', 'not in', (eb) =>
          eb.selectFrom('suggestion_decisions').select('suggestion_id').where('workspace_id', '=', workspaceId),
        )
        .$if(found.length > 0, (qb) => qb.where('suggestion_id', 'not in', found))
        .execute();
      for (const row of rows) {
        const { first_seen_at: _kept, workspace_id: _w, suggestion_id: _s, ...update } = row;
        await trx
          .insertInto('suggestions')
          .values(row)
          .onConflict((oc) => oc.columns(['workspace_id', 'suggestion_id']).doUpdateSet(update))
          .execute();
      }
    });
  }

  async all(workspaceId: string): Promise<StoredSuggestion[]> {
    const [rows, decisions] = await Promise.all([
      this.store.db
        .selectFrom('suggestions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('score', 'desc')
        .orderBy('confidence', 'desc')
        .orderBy('suggestion_id')
        .execute(),
      this.store.db
        .selectFrom('current_suggestion_decisions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .execute(),
    ]);
    const byId = new Map(decisions.map((d) => [d.suggestion_id, d]));
    return rows.map((row) => ({ ...row, decision: byId.get(row.suggestion_id) ?? null }));
  }

  async find(workspaceId: string, suggestionId: string): Promise<StoredSuggestion | undefined> {
    const row = await this.store.db
      .selectFrom('suggestions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('suggestion_id', '=', suggestionId)
      .executeTakeFirst();
    if (!row) return undefined;
    const decision = await this.store.db
      .selectFrom('current_suggestion_decisions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('suggestion_id', '=', suggestionId)
      .executeTakeFirst();
    return { ...row, decision: decision ?? null };
  }

  /** False when that revision exists already (someone decided first). */
  async decide(row: SuggestionDecisionTable): Promise<boolean> {
    const result = await this.store.db
      .insertInto('suggestion_decisions')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'suggestion_id', 'revision']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}
