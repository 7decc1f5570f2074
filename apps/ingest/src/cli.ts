#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { importCommand } from './cli/import-command.js';
import { createKeyCommand } from './cli/keys-command.js';
import { createUserCommand } from './cli/users-command.js';
import { loadConfig } from './config/config.js';
import { DEFAULT_WORKSPACE } from './workspaces/workspace.repository.js';

const USAGE = `usage:
  tandem keys create [--workspace ID] [--name LABEL]
      create an API key (the service must be stopped: it owns the database file)
  tandem users create --name NAME --role admin|executive|qa|trainer [--workspace ID]
      create a dashboard user and print their token (service stopped, as above)
  tandem import <format> <path> [--workspace ID] [--batch N] [--url URL --key KEY]
      import conversations; formats: documents, messages-csv, jddc-satisfaction-zh,
      twitter-customer-care-en, uss-satisfaction-en, crosswoz-zh
      --url/--key send them through a running service instead of opening the database file

The database is TANDEM_DB_PATH (default ./data/tandem.duckdb).`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string', default: DEFAULT_WORKSPACE },
      name: { type: 'string', default: 'cli' },
      role: { type: 'string' },
      batch: { type: 'string', default: '500' },
      url: { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const config = loadConfig();
  if (command === 'keys' && rest[0] === 'create') {
    await createKeyCommand(config, values.workspace, values.name);
    return 0;
  }
  if (command === 'users' && rest[0] === 'create') {
    if (!values.role || values.name === 'cli') throw new Error('users create needs --name and --role');
    await createUserCommand(config, values.workspace, values.name, values.role);
    return 0;
  }
  if (command === 'import' && rest.length === 2) {
    const batch = Number(values.batch);
    if (!Number.isInteger(batch) || batch < 1) throw new Error('--batch must be a positive whole number');
    return importCommand(config, {
      format: rest[0]!,
      path: rest[1]!,
      workspace: values.workspace,
      batch,
      url: values.url,
      key: values.key,
    });
  }
  console.error(USAGE);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`tandem: ${(error as Error).message}`);
    process.exit(1);
  },
);
