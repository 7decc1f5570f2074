import { Inject, Injectable } from '@nestjs/common';
import type { StoreAdapter, WorkspaceTable } from '@tandem/store';
import { STORE } from '../store/store.module.js';

export const DEFAULT_WORKSPACE = 'default';

@Injectable()
export class WorkspaceRepository {
  // Read on every metric request; a workspace's zone changes only through this repository.
  private readonly zones = new Map<string, string>();

  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** The zone a workspace reads its numbers in when a request names none. */
  async timezoneOf(id: string): Promise<string> {
    let tz = this.zones.get(id);
    if (!tz) {
      tz = (await this.find(id))?.timezone ?? 'UTC';
      this.zones.set(id, tz);
    }
    return tz;
  }

  find(id: string): Promise<WorkspaceTable | undefined> {
    return this.store.db
      .selectFrom('workspaces')
      .select(['id', 'name', 'timezone', 'created_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Whether any event was ever stored for the workspace. */
  async hasEvents(id: string): Promise<boolean> {
    const row = await this.store.db
      .selectFrom('events')
      .select('event_id')
      .where('workspace_id', '=', id)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  async ensure(id: string, name: string, timezone: string, now: Date): Promise<WorkspaceTable> {
    const existing = await this.find(id);
    if (existing) return existing;
    const row = { id, name, timezone, created_at: now.toISOString() };
    await this.store.db.insertInto('workspaces').values(row).execute();
    return row;
  }
}
