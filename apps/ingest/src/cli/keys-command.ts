import { ApiKeyService } from '../auth/api-key.service.js';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { openStoreForCommand } from './open-store.js';

export async function createKeyCommand(config: Config, workspace: string, name: string): Promise<void> {
  const store = await openStoreForCommand(config);
  const app = await createApp({ ...config, TANDEM_LOG_LEVEL: 'silent' }, store);
  try {
    const now = new Date();
    await app.get(WorkspaceRepository).ensure(workspace, workspace, config.TANDEM_TIMEZONE, now);
    const key = await app.get(ApiKeyService).create(workspace, name, now);
    console.log(`API key for workspace "${workspace}" (shown once, store it now):\n${key}`);
  } finally {
    await app.close();
  }
}
