import { DuckDbStore } from '@tandem/store-duckdb';
import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomColumn, factorise } from './atoms.js';

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

describe('factorise', () => {
  let store: DuckDbStore;
  let db: Kysely<Sample>;

  beforeAll(async () => {
    store = await DuckDbStore.open({ path: ':memory:' });
    db = store.db as unknown as Kysely<Sample>;
    await sql`CREATE TABLE samples (x INTEGER, y INTEGER)`.execute(db);
    await sql`INSERT INTO samples VALUES (NULL, NULL), (0, 2), (2, 2), (2, NULL), (5, 1), (NULL, 2)`.execute(db);
  });
  afterAll(() => store.close());

  it('keeps each distinct leaf once and leaves constants in the structure', () => {
    const { atoms, structures } = factorise(conditions.map(([, c]) => c));
    expect(atoms).toHaveLength(3); // x > 1, y = 2 and y is null, however often each occurs
    expect(structures).toHaveLength(conditions.length);
  });

  it('counts what each condition counts, NULLs included, from the counts per combination of atoms', async () => {
    const { atoms, structures } = factorise(conditions.map(([, c]) => c));
    const combinations = db
      .selectFrom('samples')
      .select([...atoms.map((a, i) => a.as(atomColumn(i))), sql<number>`count(*)`.as('rows')])
      .groupBy(atoms.map((_, i) => sql.ref(atomColumn(i))));
    const factorised = await db
      .selectFrom(combinations.as('combinations'))
      .select(structures.map((s, i) => store.fn.sumIf(sql.ref('rows'), s).as(`c${i}`)))
      .executeTakeFirstOrThrow();
    const direct = await db
      .selectFrom('samples')
      .select(conditions.map(([, c], i) => store.fn.countIf(c).as(`c${i}`)))
      .executeTakeFirstOrThrow();
    conditions.forEach(([name, , expected], i) => {
      const key = `c${i}` as keyof typeof factorised;
      expect({ name, count: Number(factorised[key] ?? 0) }).toEqual({ name, count: expected });
      expect({ name, count: Number(direct[key as keyof typeof direct]) }).toEqual({ name, count: expected });
    });
  });
});
