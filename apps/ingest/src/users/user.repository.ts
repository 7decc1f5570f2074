import { Inject, Injectable } from '@nestjs/common';
import type { StoreAdapter, UserTable } from '@tandem/store';
import { STORE } from '../store/store.module.js';

export type UserRecord = Omit<UserTable, 'token_hash' | 'token_prefix'>;

@Injectable()
export class UserRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  insert(row: UserTable): Promise<unknown> {
    return this.store.db.insertInto('users').values(row).execute();
  }

  findActiveByHash(tokenHash: string): Promise<UserRecord | undefined> {
    return this.store.db
      .selectFrom('users')
      .select(['user_id', 'workspace_id', 'name', 'role', 'created_at', 'disabled_at'])
      .where('token_hash', '=', tokenHash)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
  }

  list(workspaceId: string): Promise<UserRecord[]> {
    return this.store.db
      .selectFrom('users')
      .select(['user_id', 'workspace_id', 'name', 'role', 'created_at', 'disabled_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('user_id')
      .execute();
  }
}
