import type { UserRole } from '@tandem/store';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { USER_ROLES, UsersService } from '../users/users.service.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { openStoreForCommand } from './open-store.js';

export async function createUserCommand(config: Config, workspace: string, name: string, role: string): Promise<void> {
  if (!(USER_ROLES as readonly string[]).includes(role)) {
    throw new Error(`--role must be one of ${USER_ROLES.join(', ')}`);
  }
  const store = await openStoreForCommand(config);
  const app = await createApp({ ...config, TANDEM_LOG_LEVEL: 'silent' }, store);
  try {
    const now = new Date();
    await app.get(WorkspaceRepository).ensure(workspace, workspace, config.TANDEM_TIMEZONE, now);
    const { user, token } = await app.get(UsersService).create(workspace, name, role as UserRole, now);
    console.log(
      `Token for ${user.name} (${user.role}) in workspace "${workspace}" (shown once, store it now):\n${token}`,
    );
  } finally {
    await app.close();
  }
}
