import { Inject, Injectable } from '@nestjs/common';
import type { UserRole } from '@tandem/store';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { UserRepository, type UserRecord } from './user.repository.js';

const TOKEN_PREFIX = 'tdu_';
/** How long a sign-in is remembered: a disabled user or a changed role takes effect within it. */
const SIGN_IN_CACHE_MS = 60_000;

export const USER_ROLES: readonly UserRole[] = ['admin', 'executive', 'qa', 'trainer'];

export interface PublicUser {
  user_id: string;
  name: string;
  role: UserRole;
  created_at: string;
}

const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const publicUser = (u: UserRecord): PublicUser => ({
  user_id: u.user_id,
  name: u.name,
  role: u.role,
  created_at: u.created_at,
});

/** Dashboard users and their personal tokens; like API keys, only a token's hash is stored. */
@Injectable()
export class UsersService {
  private readonly cache = new Map<string, { user: UserRecord; at: number }>();

  constructor(@Inject(UserRepository) private readonly users: UserRepository) {}

  static isUserToken(token: string): boolean {
    return token.startsWith(TOKEN_PREFIX);
  }

  /** A new user with a random token, returned this once. */
  async create(
    workspaceId: string,
    name: string,
    role: UserRole,
    now: Date,
  ): Promise<{ user: PublicUser; token: string }> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const row = {
      user_id: randomUUID(),
      workspace_id: workspaceId,
      name,
      role,
      token_prefix: token.slice(0, TOKEN_PREFIX.length + 4),
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      disabled_at: null,
    };
    await this.users.insert(row);
    return { user: publicUser(row), token };
  }

  /** The active user a token belongs to, or null. */
  async signIn(token: string): Promise<UserRecord | null> {
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached && Date.now() - cached.at < SIGN_IN_CACHE_MS) return cached.user;
    const user = (await this.users.findActiveByHash(hash)) ?? null;
    // Only hits are cached, as for API keys: a user created after a miss must work at once.
    if (user) this.cache.set(hash, { user, at: Date.now() });
    else this.cache.delete(hash);
    return user;
  }

  async hasAdmin(workspaceId: string): Promise<boolean> {
    return (await this.users.list(workspaceId)).some((u) => u.role === 'admin' && u.disabled_at === null);
  }

  async list(workspaceId: string): Promise<PublicUser[]> {
    return (await this.users.list(workspaceId)).map(publicUser);
  }

  /** Names of a workspace's users by id, for showing who reviewed what. */
  async names(workspaceId: string): Promise<Map<string, string>> {
    return new Map((await this.users.list(workspaceId)).map((u) => [u.user_id, u.name]));
  }
}
