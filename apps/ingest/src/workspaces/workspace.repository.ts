import { Inject, Injectable } from '@nestjs/common';
import type { StoreAdapter, WorkspaceTable } from '@tandem/store';
import { STORE } from '../store/store.module.js';

export const DEFAULT_WORKSPACE = 'default';

@Injectable()
export class WorkspaceRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  find(id: string): Promise<WorkspaceTable | undefined> {
    return this.store.db
      .selectFrom('workspaces')
      .select(['id', 'name', 'timezone', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async ensure(id: string, name: string, timezone: string, now: Date): Promise<WorkspaceTable> {
    const existing = await this.find(id);
    if (existing) return existing;
    const row = { id, name, timezone, created_at: now.toISOString() };
    await this.store.db.insertInto('workspaces').values(row).execute();
    return row;
  }
}
