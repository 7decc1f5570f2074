import { Inject, Injectable } from '@nestjs/common';
import type { ApiKeyTable, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

@Injectable()
export class ApiKeyRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  findActiveByHash(keyHash: string): Promise<Pick<ApiKeyTable, 'id' | 'workspace_id'> | undefined> {
    return this.store.db
      .selectFrom('api_keys')
      .select(['id', 'workspace_id'])
      .where('key_hash', '=', keyHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  async any(): Promise<boolean> {
    return (await this.store.db.selectFrom('api_keys').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  async insert(row: Omit<ApiKeyTable, 'revoked_at'>): Promise<void> {
    await this.store.db
      .insertInto('api_keys')
      .values({ ...row, revoked_at: null })
      .execute();
  }
}
