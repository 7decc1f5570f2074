#!/usr/bin/env node
import { createApp } from './app.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { ConfigError, loadConfig } from './config/config.js';
import { loadDemoData } from './demo/demo-loader.js';
import { openStore } from './store/open-store.js';
import { UsersService } from './users/users.service.js';
import { DEFAULT_WORKSPACE } from './workspaces/workspace.repository.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const app = await createApp(config, store);
  app.enableShutdownHooks();
  if (config.TANDEM_DEMO) {
    const started = Date.now();
    const events = await loadDemoData(app, config.TANDEM_DEMO_CONVERSATIONS);
    if (events > 0)
      console.log(`Loaded demo data: ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const keys = app.get(ApiKeyService);
  const firstKey = (await keys.any()) ? null : await keys.create(DEFAULT_WORKSPACE, 'first start', new Date());
  // With demo data, a first start also makes a reviewer and a trainer, so QA and the bot-tuning
  // inbox can be tried at once.
  const users = app.get(UsersService);
  const demoUsers =
    config.TANDEM_DEMO && (await users.list(DEFAULT_WORKSPACE)).length === 0
      ? [
          await users.create(DEFAULT_WORKSPACE, 'Demo reviewer', 'qa', new Date()),
          await users.create(DEFAULT_WORKSPACE, 'Demo trainer', 'trainer', new Date()),
        ]
      : [];
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}`;
  const where =
    config.TANDEM_STORE === 'clickhouse'
      ? `ClickHouse ${config.TANDEM_CLICKHOUSE_URL}, database ${config.TANDEM_CLICKHOUSE_DATABASE}`
      : config.TANDEM_DB_PATH;
  console.log(`Tandem is running at ${url} (API docs: ${url}/api/docs, store: ${where})`);
  if (firstKey) console.log(`Created an API key for the default workspace (shown once, keep it):\n  ${firstKey}`);
  for (const { user, token } of demoUsers) {
    console.log(`Created "${user.name}" (${user.role}; token shown once, sign in with it):\n  ${token}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
