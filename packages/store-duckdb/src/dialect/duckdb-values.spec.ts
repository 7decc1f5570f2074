import { DuckDBInstance, DuckDBTypeId } from '@duckdb/node-api';
import { Kysely, sql } from 'kysely';
import type { ColumnType } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuckDbDialect } from './duckdb-dialect.js';
import { toDuckDbParameter } from './duckdb-values.js';

interface Database {
  event: {
    id: number;
    seen: ColumnType<string, string | Date>;
    seen_tz: string | null;
    tags: string[] | null;
    amount: number | null;
  };
}

let instance: DuckDBInstance;
let db: Kysely<Database>;
const originalTz = process.env.TZ;

// DuckDB reads the host zone once per process, so changing TZ mid-run does not reach it; setting the
// instance-wide default zone stands in for a machine in `hostZone`. Both happen before the dialect connects.
async function open(hostZone?: string): Promise<void> {
  instance = await DuckDBInstance.create(':memory:');
  if (hostZone) {
    process.env.TZ = hostZone;
    const setup = await instance.connect();
    await setup.run(`SET GLOBAL TimeZone = '${hostZone}'`);
    setup.closeSync();
  }
  db = new Kysely<Database>({ dialect: new DuckDbDialect({ connection: () => instance.connect() }) });
  await sql`create table event (id integer, seen timestamp, seen_tz timestamptz, tags varchar[], amount decimal(12, 2))`.execute(
    db,
  );
}

async function close(): Promise<void> {
  await db.destroy();
  instance.closeSync();
}

async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  const { rows } = await query.execute(db);
  return rows[0] as T;
}

beforeEach(() => open());

afterEach(async () => {
  await close();
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('timestamps', () => {
  it('stores an offset ISO string as its UTC instant, whatever the process zone', async () => {
    await close();
    await open('Asia/Shanghai');

    await db
      .insertInto('event')
      .values({ id: 1, seen: '2026-03-01T09:30:00+08:00', seen_tz: '2026-03-01T09:30:00+08:00' })
      .execute();
    await db.insertInto('event').values({ id: 2, seen: '2026-03-01T09:30:00.123456-0230', seen_tz: null }).execute();

    const rows = await db.selectFrom('event').select(['id', 'seen', 'seen_tz']).orderBy('id').execute();
    // 09:30 at +08:00 is 01:30Z; 09:30:00.123 at -02:30 is 12:00:00.123Z (sub-millisecond digits are cut by toISOString).
    expect(rows).toEqual([
      { id: 1, seen: '2026-03-01T01:30:00.000Z', seen_tz: '2026-03-01T01:30:00.000Z' },
      { id: 2, seen: '2026-03-01T12:00:00.123Z', seen_tz: null },
    ]);
    const micros = await one(sql<{ us: number }>`select microsecond(seen) as us from event where id = 2`);
    expect(micros.us).toBe(123_456);

    // Matching by the same offset string finds the row: the WHERE parameter is resolved the same way.
    const found = await db.selectFrom('event').select('id').where('seen', '=', '2026-03-01T09:30:00+08:00').execute();
    expect(found).toEqual([{ id: 1 }]);
  });

  it('keeps session arithmetic in UTC, not the machine zone', async () => {
    await close();
    await open('Asia/Shanghai');

    // 20:00Z on 1 March is already 2 March in Shanghai.
    const row = await one(
      sql<{ day: string; wall: string }>`select cast(${'2026-03-01T20:00:00Z'}::timestamptz as date) as day,
        cast(${'2026-03-01T20:00:00Z'}::timestamptz as timestamp) as wall`,
    );
    expect(row).toEqual({ day: '2026-03-01', wall: '2026-03-01T20:00:00.000Z' });
  });

  it('treats offset-free strings as UTC wall time and binds Dates as UTC instants', async () => {
    process.env.TZ = 'America/New_York';
    await db.insertInto('event').values({ id: 1, seen: '2026-03-01 01:30:00', seen_tz: null }).execute();
    await db
      .insertInto('event')
      .values({ id: 2, seen: new Date(Date.UTC(2026, 2, 1, 1, 30)), seen_tz: null })
      .execute();
    const rows = await db.selectFrom('event').select('seen').orderBy('id').execute();
    expect(rows).toEqual([{ seen: '2026-03-01T01:30:00.000Z' }, { seen: '2026-03-01T01:30:00.000Z' }]);
  });

  it('reads DATE, TIME and INTERVAL', async () => {
    const row = await one(
      sql<{ d: string; t: string; i: number; month: number }>`select date '2026-03-01' as d, time '01:30:00' as t,
        interval 90 minutes as i, interval 1 month + interval 1 day as month`,
    );
    // A month counts as 30 days, as in DuckDB's epoch(): 31 * 86400.
    expect(row).toEqual({ d: '2026-03-01', t: '01:30:00', i: 5400, month: 2_678_400 });
  });
});

describe('numbers', () => {
  it('returns BIGINT and HUGEINT aggregates as numbers', async () => {
    await sql`insert into event (id) select range from range(1, 4)`.execute(db);
    const row = await one(sql<{ n: number; total: number }>`select count(*) as n, sum(id) as total from event`);
    expect(row).toEqual({ n: 3, total: 6 });
  });

  it('refuses integers a JS number cannot hold exactly', async () => {
    await expect(sql`select 9007199254740993::bigint as big`.execute(db)).rejects.toThrow(/does not fit/);
  });

  it('returns DECIMAL as a number and accepts numbers for it', async () => {
    await db.insertInto('event').values({ id: 1, seen: '2026-03-01', seen_tz: null, amount: 12.5 }).execute();
    const row = await db.selectFrom('event').select('amount').executeTakeFirstOrThrow();
    expect(row.amount).toBe(12.5);
    expect(await one(sql<{ d: number }>`select 1234.56::decimal(10, 2) as d`)).toEqual({ d: 1234.56 });
  });

  it('binds integers wide enough not to overflow and fractions as doubles', async () => {
    expect(
      await one(sql<{ s: number; f: number }>`select ${2_000_000_000} + ${2_000_000_000} as s, ${0.5} * 3 as f`),
    ).toEqual({
      s: 4_000_000_000,
      f: 1.5,
    });
  });
});

describe('lists, structs and other values', () => {
  it('binds string arrays as LIST(VARCHAR) and reads lists back as arrays', async () => {
    await db
      .insertInto('event')
      .values([
        { id: 1, seen: '2026-03-01', seen_tz: null, tags: ['billing', 'refund'] },
        { id: 2, seen: '2026-03-01', seen_tz: null, tags: [] },
      ])
      .execute();
    const rows = await db.selectFrom('event').select(['id', 'tags']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 1, tags: ['billing', 'refund'] },
      { id: 2, tags: [] },
    ]);

    const wanted = await sql<{
      id: number;
    }>`select id from event where list_contains(${['x', '1']}, id::varchar)`.execute(db);
    expect(wanted.rows).toEqual([{ id: 1 }]);
  });

  it('binds number arrays and reads nested lists and structs', async () => {
    const row = await one(
      sql<{ total: number; nested: unknown }>`select list_sum(${[1, 2.5]}) as total,
        [{ name: 'a', n: 1 }, { name: 'b', n: null }] as nested`,
    );
    expect(row).toEqual({
      total: 3.5,
      nested: [
        { name: 'a', n: 1 },
        { name: 'b', n: null },
      ],
    });
  });

  it('binds null in comparisons and inserts', async () => {
    await db
      .insertInto('event')
      .values({ id: 1, seen: '2026-03-01', seen_tz: null, tags: null, amount: null })
      .execute();
    const row = await db.selectFrom('event').select(['seen_tz', 'tags', 'amount']).executeTakeFirstOrThrow();
    expect(row).toEqual({ seen_tz: null, tags: null, amount: null });
    expect(await db.selectFrom('event').select('id').where('amount', '=', null).execute()).toEqual([]);
    expect(await one(sql<{ missing: boolean }>`select ${null} is null as missing`)).toEqual({ missing: true });
  });

  it('round-trips BLOB, BOOLEAN and keeps JSON as text', async () => {
    const row = await one(
      sql<{ b: Uint8Array; yes: boolean; j: string }>`select ${new Uint8Array([1, 2, 255])} as b, ${true} as yes,
        '{"a": 1}'::json as j`,
    );
    expect(row.b).toBeInstanceOf(Uint8Array);
    expect(Array.from(row.b)).toEqual([1, 2, 255]);
    expect(row.yes).toBe(true);
    expect(row.j).toBe('{"a": 1}');
  });

  it('refuses values it has no mapping for', async () => {
    await expect(sql`select map {'a': 1} as m`.execute(db)).rejects.toThrow(/MAP.*no plain JS mapping/);
    expect(() => toDuckDbParameter({ a: 1 }, DuckDBTypeId.INVALID)).toThrow(/Unsupported DuckDB parameter/);
    expect(() => toDuckDbParameter(['a', 1], DuckDBTypeId.INVALID)).toThrow(/only strings or only numbers/);
  });
});
