import type { StoreAdapter } from '@tandem/store';
import { ClickHouseStore } from '@tandem/store-clickhouse';
import { DuckDbStore } from '@tandem/store-duckdb';
import { clickHouseUrl } from '@tandem/testkit';
import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countColumn, countEach, factorise } from './atoms.js';

interface Sample {
  samples: { x: number | null; y: number | null };
}

const eb = expressionBuilder<Sample, 'samples'>();
const conditions: [string, Expression<SqlBool>, number][] = [
  // Rows (x, y): (null, null), (0, 2), (2, 2), (2, null), (5, 1), (null, 2); counts by hand.
  ['x > 1', eb('x', '>', 1), 3],
  ['not x > 1', eb.not(eb('x', '>', 1)), 1],
  ['x > 1 or y = 2', eb.or([eb('x', '>', 1), eb('y', '=', 2)]), 5],
  ['not (x > 1 or y = 2)', eb.not(eb.or([eb('x', '>', 1), eb('y', '=', 2)])), 0],
  ['not (x > 1 and y = 2)', eb.not(eb.and([eb('x', '>', 1), eb('y', '=', 2)])), 2],
  ['y is null and not x > 1', eb.and([eb('y', 'is', null), eb.not(eb('x', '>', 1))]), 0],
  ['true', eb.lit(true).$castTo<SqlBool>(), 6],
];
const ROWS = `(NULL, NULL), (0, 2), (2, 2), (2, NULL), (5, 1), (NULL, 2)`;

describe('factorise', () => {
  it('keeps each distinct leaf once and leaves constants in the structure', () => {
    const { atoms, structures } = factorise(conditions.map(([, c]) => c));
    expect(atoms).toHaveLength(3); // x > 1, y = 2 and y is null, however often each occurs
    expect(structures).toHaveLength(conditions.length);
  });

  it('keys parameters by their type: a bigint beside a number, a date beside its text', () => {
    const day = new Date('2026-11-24T00:00:00.000Z');
    const as = (v: unknown) => v as number;
    const { atoms } = factorise([
      eb('x', '=', 1),
      eb('x', '=', as(1n)),
      eb('x', '=', as(day)),
      eb('x', '=', as(day.toISOString())),
      eb('x', '=', as(new Date(day.getTime()))),
    ]);
    expect(atoms).toHaveLength(4);
  });
});

const url = clickHouseUrl();
const engines: { name: string; skip: boolean; open(): Promise<{ store: StoreAdapter; dispose(): Promise<void> }> }[] = [
  {
    name: 'DuckDB',
    skip: false,
    async open() {
      const store = await DuckDbStore.open({ path: ':memory:' });
      await sql`CREATE TABLE samples (x INTEGER, y INTEGER)`.execute(store.db);
      await sql.raw(`INSERT INTO samples VALUES ${ROWS}`).execute(store.db);
      return { store, dispose: () => store.close() };
    },
  },
  {
    name: 'ClickHouse',
    skip: !url,
    async open() {
      const database = `tandem_atoms_${process.pid}`;
      const store = await ClickHouseStore.open({ url: url!, database });
      await sql`CREATE TABLE samples (x Nullable(Int32), y Nullable(Int32)) ENGINE = Memory`.execute(store.db);
      await sql.raw(`INSERT INTO samples VALUES ${ROWS}`).execute(store.db);
      return {
        store,
        async dispose() {
          await store.close();
          await fetch(url!, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
        },
      };
    },
  },
];

describe.each(engines)('counting over atoms on $name', ({ skip, open }) => {
  let opened: Awaited<ReturnType<typeof open>>;
  let db: Kysely<Sample>;

  beforeAll(async () => {
    if (skip) return;
    opened = await open();
    db = opened.store.db as unknown as Kysely<Sample>;
  });
  afterAll(() => opened?.dispose());

  it.skipIf(skip)('counts what each condition counts, NULLs included, from the counts per combination', async () => {
    const fn = opened.store.fn;
    const factorised = await countEach(
      db,
      fn.sumIf,
      db.selectFrom('samples'),
      conditions.map(([, c]) => c),
    ).executeTakeFirstOrThrow();
    const direct = await db
      .selectFrom('samples')
      .select(conditions.map(([, c], i) => fn.countIf(c).as(countColumn(i))))
      .executeTakeFirstOrThrow();
    const counts = (row: Record<string, unknown>) => conditions.map(([name], i) => [name, Number(row[countColumn(i)])]);
    const expected = conditions.map(([name, , count]) => [name, count]);
    expect(counts(factorised)).toEqual(expected);
    expect(counts(direct)).toEqual(expected);
  });
});
