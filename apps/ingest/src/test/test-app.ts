import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoreAdapter } from '@tandem/store';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { openStore } from '../store/open-store.js';

export const TEST_KEY = 'test-key-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  store: StoreAdapter;
  /** fetch against the app with the test key. */
  call(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The real service on a fresh in-memory DuckDB, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    TANDEM_DB_PATH: ':memory:',
    TANDEM_API_KEY: TEST_KEY,
    TANDEM_DEMO: '0',
    TANDEM_LOG_LEVEL: 'silent',
    ...env,
  });
  const store = await openStore(config);
  const app = await createApp(config, store);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    store,
    call: (path, init = {}) =>
      fetch(url + path, {
        ...init,
        headers: { authorization: `Bearer ${TEST_KEY}`, ...(init.headers as Record<string, string>) },
      }),
    close: () => app.close(),
  };
}

export function ndjson(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join('\n') + '\n';
}

/** The hand-made reference fixture (fixtures/expected/handmade). */
export const HANDMADE_FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/expected/handmade');

/** Posts both batches of the hand-made fixture, in order, as its README says. */
export async function loadHandmadeFixture(t: TestApp): Promise<void> {
  for (const batch of ['batch-1.ndjson', 'batch-2.ndjson']) {
    await t.call('/api/v1/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: readFileSync(join(HANDMADE_FIXTURE, batch), 'utf8'),
    });
  }
}

export interface CreatedUser {
  user_id: string;
  token: string;
}

/**
 * Users of the workspace the API `key` belongs to: the key makes the workspace's first admin (all it
 * may make), and that admin's token makes the others.
 */
export async function createUsers(
  url: string,
  key: string,
  users: readonly { name: string; role: string }[],
): Promise<CreatedUser[]> {
  const post = async (token: string, body: object): Promise<CreatedUser> => {
    const response = await fetch(`${url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201)
      throw new Error(`creating a user answered ${response.status}: ${await response.text()}`);
    const created = (await response.json()) as { user: { user_id: string }; token: string };
    return { user_id: created.user.user_id, token: created.token };
  };
  const admin = await post(key, { name: `Admin ${users.map((u) => u.name).join(', ')}`.slice(0, 120), role: 'admin' });
  const made: CreatedUser[] = [];
  for (const user of users) made.push(await post(admin.token, user));
  return made;
}
