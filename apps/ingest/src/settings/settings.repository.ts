import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_SETTINGS, workspaceSettingsSchema, type WorkspaceSettings } from '@tandem/schema';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

@Injectable()
export class SettingsRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** A workspace's settings, with defaults for whatever it never set. */
  async get(workspaceId: string): Promise<WorkspaceSettings> {
    const row = await this.store.db
      .selectFrom('workspace_settings')
      .select('settings')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row ? workspaceSettingsSchema.parse(JSON.parse(row.settings)) : DEFAULT_SETTINGS;
  }

  async put(workspaceId: string, settings: WorkspaceSettings, now: Date): Promise<void> {
    const values = { workspace_id: workspaceId, settings: JSON.stringify(settings), updated_at: now.toISOString() };
    await this.store.db
      .insertInto('workspace_settings')
      .values(values)
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet({ settings: values.settings, updated_at: values.updated_at }),
      )
      .execute();
  }
}
