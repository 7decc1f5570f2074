import { DuckDBInstance } from '@duckdb/node-api';
import { Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Migration } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbDialect } from './duckdb-dialect.js';

let instance: DuckDBInstance;
let db: Kysely<unknown>;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = new Kysely<unknown>({ dialect: new DuckDbDialect({ connection: () => instance.connect() }) });
});

afterEach(async () => {
  await db.destroy();
  instance.closeSync();
});

const createConversation: Migration = {
  up: (db) =>
    db.schema
      .createTable('conversation')
      .addColumn('id', 'varchar', (c) => c.primaryKey())
      .addColumn('started_at', 'timestamp', (c) => c.notNull())
      .execute(),
  down: (db) => db.schema.dropTable('conversation').execute(),
};

const addTags: Migration = {
  up: (db) =>
    db.schema
      .alterTable('conversation')
      .addColumn('tags', sql`varchar[]`)
      .execute(),
  down: (db) => db.schema.alterTable('conversation').dropColumn('tags').execute(),
};

function migrator(migrations: Record<string, Migration>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

async function tableNames(): Promise<string[]> {
  return (await db.introspection.getTables()).map((table) => table.name);
}

describe('Migrator on DuckDB', () => {
  it('migrates up, is idempotent, and migrates down', async () => {
    const migrations = { '001_conversation': createConversation, '002_tags': addTags };
    const first = await migrator(migrations).migrateToLatest();
    expect(first.error).toBeUndefined();
    expect(first.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['001_conversation', 'Success'],
      ['002_tags', 'Success'],
    ]);
    expect(await tableNames()).toEqual(['conversation']);

    const again = await migrator(migrations).migrateToLatest();
    expect(again.results).toEqual([]);

    const down = await migrator(migrations).migrateDown();
    expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual([
      ['002_tags', 'Down', 'Success'],
    ]);
    const columns = (await db.introspection.getTables())[0]?.columns.map((column) => column.name);
    expect(columns).toEqual(['id', 'started_at']);
  });

  it('rolls back every DDL statement of a failed run', async () => {
    const failing: Migration = {
      up: async () => {
        throw new Error('broken migration');
      },
    };
    const result = await migrator({ '001_conversation': createConversation, '002_broken': failing }).migrateToLatest();
    expect(result.error).toBeInstanceOf(Error);
    expect(result.results?.map((r) => r.status)).toEqual(['Success', 'Error']);
    expect(await tableNames()).toEqual([]);
  });
});

describe('DuckDbIntrospector', () => {
  it('describes tables, views and columns of the current database only', async () => {
    await sql`create sequence conversation_seq`.execute(db);
    await sql`create table conversation (
      id integer primary key default nextval('conversation_seq'),
      channel varchar not null default 'chat',
      closed_at timestamp
    )`.execute(db);
    await sql`comment on column conversation.closed_at is 'null while open'`.execute(db);
    await sql`create view open_conversation as select id from conversation where closed_at is null`.execute(db);
    await sql`create temp table scratch (x integer)`.execute(db);

    expect(await db.introspection.getSchemas()).toEqual([{ name: 'main' }]);
    expect(await db.introspection.getTables()).toEqual([
      {
        schema: 'main',
        name: 'conversation',
        isView: false,
        isForeign: false,
        columns: [
          { name: 'id', dataType: 'INTEGER', isNullable: false, hasDefaultValue: true, isAutoIncrementing: true },
          { name: 'channel', dataType: 'VARCHAR', isNullable: false, hasDefaultValue: true, isAutoIncrementing: false },
          {
            name: 'closed_at',
            dataType: 'TIMESTAMP',
            isNullable: true,
            hasDefaultValue: false,
            isAutoIncrementing: false,
            comment: 'null while open',
          },
        ],
      },
      {
        schema: 'main',
        name: 'open_conversation',
        isView: true,
        isForeign: false,
        columns: [
          { name: 'id', dataType: 'INTEGER', isNullable: true, hasDefaultValue: false, isAutoIncrementing: false },
        ],
      },
    ]);
  });

  it('hides Kysely migration tables unless asked', async () => {
    await migrator({ '001_conversation': createConversation }).migrateToLatest();
    expect(await tableNames()).toEqual(['conversation']);
    const all = await db.introspection.getTables({ withInternalKyselyTables: true });
    expect(all.map((table) => table.name)).toEqual(['conversation', 'kysely_migration', 'kysely_migration_lock']);
  });
});
