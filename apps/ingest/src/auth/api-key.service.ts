import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ApiKeyRepository } from './api-key.repository.js';

const KEY_PREFIX = 'tdm_';

function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

@Injectable()
export class ApiKeyService {
  private readonly cache = new Map<string, string | null>();

  constructor(@Inject(ApiKeyRepository) private readonly keys: ApiKeyRepository) {}

  /** A new random key for a workspace; only its hash is stored, so this is the one time it is seen. */
  async create(workspaceId: string, name: string, now: Date): Promise<string> {
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    await this.register(workspaceId, name, key, now);
    return key;
  }

  /** Stores a key chosen elsewhere (e.g. from the environment) unless it is already known. */
  async ensure(workspaceId: string, name: string, key: string, now: Date): Promise<void> {
    if ((await this.keys.findActiveByHash(hashKey(key))) !== undefined) return;
    await this.register(workspaceId, name, key, now);
  }

  /** Whether any key exists yet, so a first start can make one. */
  any(): Promise<boolean> {
    return this.keys.any();
  }

  /** The workspace a key belongs to, or null for an unknown or revoked key. */
  async workspaceOf(key: string): Promise<string | null> {
    const hash = hashKey(key);
    const cached = this.cache.get(hash);
    if (cached !== undefined) return cached;
    const row = await this.keys.findActiveByHash(hash);
    const workspace = row?.workspace_id ?? null;
    // Only hits are cached: a key created after a miss must work at once.
    if (workspace) this.cache.set(hash, workspace);
    return workspace;
  }

  private async register(workspaceId: string, name: string, key: string, now: Date): Promise<void> {
    await this.keys.insert({
      id: randomUUID(),
      workspace_id: workspaceId,
      name,
      prefix: key.slice(0, KEY_PREFIX.length + 4),
      key_hash: hashKey(key),
      created_at: now.toISOString(),
    });
  }
}
