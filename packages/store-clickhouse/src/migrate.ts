import type { ClickHouseClient } from '@clickhouse/client';
import { pendingMigrations } from '@tandem/store';
import { fileURLToPath } from 'node:url';
import { distributedTable, localTable, SHARDED_TABLES } from './layout.js';
import { sqlLiteral } from './literal.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const CREATE = /^\s*(?:--[^\n]*\n\s*)*CREATE (TABLE|VIEW) (\w+)/i;
const ALTER = /^\s*(?:--[^\n]*\n\s*)*ALTER TABLE (\w+)/i;

export interface MigrationTarget {
  /** The node the service talks to: it keeps the unsharded tables and the list of applied migrations. */
  main: ClickHouseClient;
  /** On a cluster: its name, the database, and every node, where sharded tables get their parts. */
  cluster?: { name: string; database: string; nodes: ClickHouseClient[] } | undefined;
}

/** A migration file's statements; none of them holds a `;` of its own. */
function statements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.replace(/--[^\n]*/g, '').trim().length > 0);
}

/**
 * Applies the numbered `.sql` files not applied yet, in order. ClickHouse has no transactional DDL, so
 * every CREATE is made IF NOT EXISTS: a migration stopped halfway is finished by the next start. On a
 * cluster, a sharded table becomes a local table on every node and a Distributed table over them (on
 * every node too, so any node can answer); the rest is made on the main node.
 */
export async function migrate(target: MigrationTarget): Promise<number[]> {
  const { main, cluster } = target;
  await main.command({
    query:
      'CREATE TABLE IF NOT EXISTS schema_migrations (version Int32, name String, applied_at String) ENGINE = ReplacingMergeTree ORDER BY version',
  });
  const done = await (
    await main.query({ query: 'SELECT version FROM schema_migrations', format: 'JSONEachRow' })
  ).json<{ version: number }>();
  const applied = new Set(done.map((row) => Number(row.version)));
  const ran: number[] = [];
  for (const { version, name, file, sql } of await pendingMigrations(MIGRATIONS_DIR, applied)) {
    try {
      for (const statement of statements(sql)) {
        const [, altered] = ALTER.exec(statement) ?? [];
        if (cluster && altered && SHARDED_TABLES.has(altered)) {
          // A sharded table's change goes to its local table and its Distributed table, on every node.
          const local = statement.replace(
            new RegExp(`ALTER TABLE ${altered}\\b`),
            `ALTER TABLE ${localTable(altered)}`,
          );
          for (const node of cluster.nodes) await node.command({ query: local });
          for (const node of cluster.nodes) await node.command({ query: statement });
          continue;
        }
        const [, kind, table] = CREATE.exec(statement) ?? [];
        const idempotent = kind
          ? statement.replace(CREATE, (head) => `${head.slice(0, -table!.length)}IF NOT EXISTS ${table}`)
          : statement;
        if (cluster && kind?.toUpperCase() === 'TABLE' && SHARDED_TABLES.has(table!)) {
          const local = idempotent.replace(
            new RegExp(`IF NOT EXISTS ${table}\\b`),
            `IF NOT EXISTS ${localTable(table!)}`,
          );
          for (const node of cluster.nodes) await node.command({ query: local });
          for (const node of cluster.nodes) {
            await node.command({ query: distributedTable(table!, cluster.name, cluster.database) });
          }
        } else {
          await main.command({ query: idempotent });
        }
      }
    } catch (error) {
      throw new Error(`migration ${file} failed: ${(error as Error).message}`, { cause: error });
    }
    await main.command({
      query: `INSERT INTO schema_migrations VALUES (${sqlLiteral(version)}, ${sqlLiteral(name)}, ${sqlLiteral(new Date().toISOString())})`,
    });
    ran.push(version);
  }
  return ran;
}
