import { Inject, Injectable } from '@nestjs/common';
import type { QaSampleItemTable, QaSampleTable, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

@Injectable()
export class SamplesRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** The sample and its items, in one transaction: a sample is never half-stored. */
  async insert(sample: QaSampleTable, items: QaSampleItemTable[]): Promise<void> {
    await this.store.db.transaction().execute(async (trx) => {
      await trx.insertInto('qa_samples').values(sample).execute();
      if (items.length > 0) await trx.insertInto('qa_sample_items').values(items).execute();
    });
  }

  list(workspaceId: string): Promise<QaSampleTable[]> {
    return this.store.db
      .selectFrom('qa_samples')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('sample_id')
      .execute();
  }

  find(workspaceId: string, sampleId: string): Promise<QaSampleTable | undefined> {
    return this.store.db
      .selectFrom('qa_samples')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('sample_id', '=', sampleId)
      .executeTakeFirst();
  }

  /** How many items each sample of a workspace has. */
  async itemCounts(workspaceId: string): Promise<Map<string, number>> {
    const rows = await this.store.db
      .selectFrom('qa_sample_items')
      .select((eb) => ['sample_id', eb.fn.countAll<number>().as('items')])
      .where('workspace_id', '=', workspaceId)
      .groupBy('sample_id')
      .execute();
    return new Map(rows.map((r) => [r.sample_id, Number(r.items)]));
  }

  items(workspaceId: string, sampleId: string): Promise<QaSampleItemTable[]> {
    return this.store.db
      .selectFrom('qa_sample_items')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('sample_id', '=', sampleId)
      .orderBy('position')
      .execute();
  }

  item(workspaceId: string, sampleId: string, conversationId: string): Promise<QaSampleItemTable | undefined> {
    return this.store.db
      .selectFrom('qa_sample_items')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('sample_id', '=', sampleId)
      .where('conversation_id', '=', conversationId)
      .executeTakeFirst();
  }
}
