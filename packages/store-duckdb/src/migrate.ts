import type { DuckDBConnection } from '@duckdb/node-api';
import { pendingMigrations } from '@tandem/store';
import { fileURLToPath } from 'node:url';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

/** Applies the numbered `.sql` files not applied yet, each in its own transaction, in order. */
export async function migrate(connection: DuckDBConnection): Promise<number[]> {
  await connection.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)',
  );
  const done = await connection.runAndReadAll('SELECT version FROM schema_migrations');
  const applied = new Set(done.getRows().map(([version]) => Number(version)));
  const ran: number[] = [];
  for (const { version, name, file, sql } of await pendingMigrations(MIGRATIONS_DIR, applied)) {
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run(sql);
      await connection.run('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
    }
    ran.push(version);
  }
  return ran;
}
