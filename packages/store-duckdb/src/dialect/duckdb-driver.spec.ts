import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbDialect } from './duckdb-dialect.js';

interface Database {
  item: { id: number; name: string | null };
}

let instance: DuckDBInstance;
let db: Kysely<Database>;

beforeEach(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = new Kysely<Database>({ dialect: new DuckDbDialect({ connection: () => instance.connect() }) });
  await db.schema
    .createTable('item')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'varchar')
    .execute();
});

afterEach(async () => {
  await db.destroy();
  instance.closeSync();
});

async function names(): Promise<(string | null)[]> {
  const rows = await db.selectFrom('item').select('name').orderBy('id').execute();
  return rows.map((row) => row.name);
}

describe('DuckDbDriver statements', () => {
  it('inserts, selects, updates and deletes, reporting affected rows', async () => {
    const inserted = await db
      .insertInto('item')
      .values([
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
        { id: 3, name: 'c' },
      ])
      .executeTakeFirstOrThrow();
    expect(inserted.numInsertedOrUpdatedRows).toBe(3n);

    expect(await db.selectFrom('item').selectAll().where('id', '>=', 2).orderBy('id').execute()).toEqual([
      { id: 2, name: 'b' },
      { id: 3, name: 'c' },
    ]);

    const updated = await db.updateTable('item').set({ name: 'z' }).where('id', '<', 3).executeTakeFirstOrThrow();
    expect(updated.numUpdatedRows).toBe(2n);

    const deleted = await db.deleteFrom('item').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(deleted.numDeletedRows).toBe(1n);
    expect(await names()).toEqual(['z', 'c']);
  });

  it('counts RETURNING rows as affected rows', async () => {
    const result = await db.executeQuery(
      db
        .insertInto('item')
        .values([
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ])
        .returning('id')
        .compile(),
    );
    expect(result.rows).toEqual([{ id: 1 }, { id: 2 }]);
    expect(result.numAffectedRows).toBe(2n);

    const deleted = await db.deleteFrom('item').where('id', '=', 2).returning(['id', 'name']).execute();
    expect(deleted).toEqual([{ id: 2, name: 'b' }]);
  });

  it('reports no affected rows for plain selects', async () => {
    const result = await sql`select 1 as one`.execute(db);
    expect(result.rows).toEqual([{ one: 1 }]);
    expect(result.numAffectedRows).toBeUndefined();
  });

  it('streams in chunks of the requested size', async () => {
    await sql`insert into item select range, null from range(5000)`.execute(db);
    const query = db.selectFrom('item').select('id').orderBy('id').compile();
    const chunks: number[][] = [];
    for await (const chunk of db.getExecutor().stream<{ id: number }>(query, 2000)) {
      chunks.push(chunk.rows.map((row) => row.id));
    }
    expect(chunks.map((rows) => rows.length)).toEqual([2000, 2000, 1000]);
    expect(chunks.flat()).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('streams through the query builder and survives an early break', async () => {
    await sql`insert into item select range, null from range(3000)`.execute(db);
    const seen: number[] = [];
    for await (const row of db.selectFrom('item').select('id').orderBy('id').stream(100)) {
      seen.push(row.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(await db.selectFrom('item').select('id').where('id', '=', 2999).execute()).toEqual([{ id: 2999 }]);
  });
});

describe('DuckDbDriver transactions', () => {
  it('commits', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('item').values({ id: 1, name: 'kept' }).execute();
    });
    expect(await names()).toEqual(['kept']);
  });

  it('rolls back when the callback throws', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('item').values({ id: 1, name: 'lost' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await names()).toEqual([]);
  });

  it('rolls back DDL too', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.schema.createTable('scratch').addColumn('x', 'integer').execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await db.introspection.getTables()).map((table) => table.name)).toEqual(['item']);
  });

  it('opens read-only transactions', async () => {
    await expect(
      db
        .transaction()
        .setAccessMode('read only')
        .execute((trx) => trx.insertInto('item').values({ id: 1, name: 'x' }).execute()),
    ).rejects.toThrow(/read-only/i);
  });

  it('rejects isolation levels', async () => {
    await expect(
      db
        .transaction()
        .setIsolationLevel('serializable')
        .execute(async () => undefined),
    ).rejects.toThrow(/snapshot isolation/);
  });

  it('serialises concurrent queries and transactions on one Kysely instance', async () => {
    // Each transaction reads the row count and inserts count + 1; interleaving would either
    // nest BEGINs on the single connection or produce duplicate ids.
    const increment = () =>
      db.transaction().execute(async (trx) => {
        const { n } = await trx
          .selectFrom('item')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('item')
          .values({ id: n + 1, name: null })
          .execute();
      });
    await Promise.all([
      increment(),
      db.selectFrom('item').selectAll().execute(),
      increment(),
      increment(),
      increment(),
    ]);
    const ids = await db.selectFrom('item').select('id').orderBy('id').execute();
    expect(ids.map((row) => row.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('DuckDbDialect connection ownership', () => {
  it('leaves a connection it was handed open on destroy', async () => {
    const connection = await instance.connect();
    const borrowed = new Kysely<Database>({ dialect: new DuckDbDialect({ connection }) });
    await sql`select 1`.execute(borrowed);
    await borrowed.destroy();
    const result = await connection.run('select 42 as answer');
    expect(await result.getRowObjectsJS()).toEqual([{ answer: 42 }]);
    connection.closeSync();
  });

  it('closes the connection its factory opened on destroy', async () => {
    let opened: DuckDBConnection | undefined;
    const owning = new Kysely<Database>({
      dialect: new DuckDbDialect({ connection: async () => (opened = await instance.connect()) }),
    });
    await sql`select 1`.execute(owning);
    await owning.destroy();
    await expect(opened?.run('select 1')).rejects.toThrow(/disconnected/);
  });
});
