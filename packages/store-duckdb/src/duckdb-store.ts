import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Kysely } from 'kysely';
import { eventKey, type Database, type EventRow, type StoreAdapter } from '@tandem/store';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { REBUILD_CONVERSATIONS } from './conversation-facts.js';
import { DuckDbDialect } from './dialect/index.js';
import { duckDbFunctions } from './engine-functions.js';
import { appendEventRows, CREATE_STAGING, INSERT_STAGED } from './event-staging.js';
import { migrate } from './migrate.js';

export interface DuckDbStoreOptions {
  /** A database file, created with its folder if missing, or `:memory:`. */
  path: string;
}

async function connect(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const connection = await instance.connect();
  // Instants are UTC everywhere; never let the machine's zone into a cast.
  await connection.run("SET TimeZone = 'UTC'");
  return connection;
}

/**
 * The embedded store: one DuckDB instance per file, owned by this process. Reads go through
 * Kysely on one connection; writes are serialised on a second one, each batch one transaction.
 */
export class DuckDbStore implements StoreAdapter {
  readonly engine = 'duckdb';
  readonly fn = duckDbFunctions;
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    readonly db: Kysely<Database>,
  ) {}

  static async open(options: DuckDbStoreOptions): Promise<DuckDbStore> {
    if (options.path !== ':memory:') await mkdir(dirname(options.path), { recursive: true });
    const instance = await DuckDBInstance.create(options.path);
    const writer = await connect(instance);
    await migrate(writer);
    await writer.run(CREATE_STAGING);
    await writer.run('CREATE TEMP TABLE IF NOT EXISTS touched (conversation_id VARCHAR)');
    const reader = await connect(instance);
    const db = new Kysely<Database>({ dialect: new DuckDbDialect({ connection: reader }) });
    return new DuckDbStore(instance, writer, db);
  }

  appendEvents(rows: readonly EventRow[]): Promise<Set<string>> {
    const next = this.writes.then(() => this.write(rows));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async write(rows: readonly EventRow[]): Promise<Set<string>> {
    const workspaces = new Set(rows.map((r) => r.workspace_id));
    if (rows.length === 0) return new Set();
    const w = this.writer;
    await w.run('BEGIN TRANSACTION');
    try {
      await w.run('DELETE FROM staged_events');
      await w.run('DELETE FROM touched');
      const appender = await w.createAppender('staged_events', 'main', 'temp');
      appendEventRows(appender, rows);
      appender.closeSync();
      const inserted = await w.runAndReadAll(INSERT_STAGED);
      const fresh = new Set<string>();
      for (const [workspace, eventId] of inserted.getRows()) fresh.add(eventKey(String(workspace), String(eventId)));
      if (fresh.size > 0) {
        for (const workspace of workspaces) {
          await w.run(
            `INSERT INTO touched SELECT DISTINCT conversation_id FROM staged_events WHERE workspace_id = $1`,
            [workspace],
          );
          for (const statement of REBUILD_CONVERSATIONS) {
            await w.run(statement, [workspace]);
          }
          await w.run('DELETE FROM touched');
        }
      }
      await w.run('COMMIT');
      return fresh;
    } catch (error) {
      await w.run('ROLLBACK');
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.writes;
    await this.db.destroy();
    this.writer.closeSync();
    this.instance.closeSync();
  }
}
