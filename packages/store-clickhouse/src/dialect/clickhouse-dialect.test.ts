import { createClient } from '@clickhouse/client';
import { clickHouseUrl } from '@tandem/testkit';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseDialect } from './clickhouse-dialect.js';

const url = clickHouseUrl();

interface Db {
  notes: { id: number; workspace_id: string; text: string };
}

const HOSTILE = ["it's", '\\', "'; DROP TABLE notes; --", 'a\0b', 'line\nnext', '我的快递到哪了？📦'];

describe.skipIf(!url)('Kysely on ClickHouse through the dialect', () => {
  const client = url ? createClient({ url }) : null;
  const database = `tandem_dialect_${process.pid}`;
  let db: Kysely<Db>;

  beforeAll(async () => {
    await client!.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    await client!.command({
      query: `CREATE TABLE ${database}.notes (id UInt32, workspace_id String, text String) ENGINE = MergeTree ORDER BY (workspace_id, id)`,
    });
    db = new Kysely<Db>({ dialect: new ClickHouseDialect(createClient({ url: url!, database })) });
  });
  afterAll(async () => {
    await client?.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await db?.destroy();
    await client?.close();
  });

  it('inserts through Kysely and reads back exactly, filtered by a hostile value', async () => {
    await db
      .insertInto('notes')
      .values(HOSTILE.map((text, i) => ({ id: i, workspace_id: i % 2 ? 'b' : 'a', text })))
      .execute();
    const all = await db.selectFrom('notes').select(['id', 'text']).orderBy('id').execute();
    expect(all.map((r) => r.text)).toEqual(HOSTILE);
    for (const [i, text] of HOSTILE.entries()) {
      const found = await db.selectFrom('notes').select('id').where('text', '=', text).execute();
      expect([text, found.map((r) => Number(r.id))]).toEqual([text, [i]]);
    }
  });

  it('groups and counts like any Kysely query, and runs raw SQL', async () => {
    const counts = await db
      .selectFrom('notes')
      .select((eb) => ['workspace_id', eb.fn.countAll<string>().as('n')])
      .groupBy('workspace_id')
      .orderBy('workspace_id')
      .execute();
    expect(counts.map((c) => [c.workspace_id, Number(c.n)])).toEqual([
      ['a', 3],
      ['b', 3],
    ]);
    const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(db);
    expect(rows[0]!.v).toMatch(/^\d+\.\d+/);
  });
});
