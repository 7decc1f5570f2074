import { createClient } from '@clickhouse/client';
import { clickHouseUrl } from '@tandem/testkit';
import { Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseDialect } from './dialect/index.js';
import { clickHouseFunctions as fn } from './engine-functions.js';

const url = clickHouseUrl();

interface Db {
  rows: { g: string; at: string; v: number | null; slots: string[] };
}

/**
 * Each engine function on rows whose answers are worked out by hand. Instants are UTC; Shanghai is
 * UTC+8, so 2026-03-01 16:30 UTC is Monday 2 March 00:30 there, and 2026-02-28 16:30 UTC is Sunday
 * 1 March 00:30.
 */
describe.skipIf(!url)('ClickHouse engine functions', () => {
  const client = url ? createClient({ url }) : null;
  const database = `tandem_functions_${process.pid}`;
  let db: Kysely<Db>;

  beforeAll(async () => {
    await client!.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    await client!.command({
      query: `CREATE TABLE ${database}.rows (g String, at String, v Nullable(Float64), slots Array(String)) ENGINE = Memory`,
    });
    await client!.command({
      query: `INSERT INTO ${database}.rows VALUES
        ('a', '2026-03-01T16:30:00.000Z', 3, ['phone']), ('a', '2026-02-28T16:30:00.000Z', 1, []),
        ('a', '2026-03-03T02:00:00.000Z', NULL, ['order_number', 'email']), ('a', '2026-03-04T10:00:00.000Z', 4, []),
        ('a', '2026-03-05T10:00:00.000Z', 2, []), ('b', '2026-03-05T10:00:00.000Z', NULL, [])`,
    });
    db = new Kysely<Db>({ dialect: new ClickHouseDialect(createClient({ url: url!, database })) });
  });
  afterAll(async () => {
    await client?.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await db?.destroy();
    await client?.close();
  });

  it('reads instants as local days, weeks, months, hours and ISO weekdays', async () => {
    const rows = await db
      .selectFrom('rows')
      .select((eb) => [
        fn.localBucket(eb.ref('at'), 'Asia/Shanghai', 'day').as('day'),
        fn.localBucket(eb.ref('at'), 'Asia/Shanghai', 'week').as('week'),
        fn.localBucket(eb.ref('at'), 'Asia/Shanghai', 'month').as('month'),
        fn.localHour(eb.ref('at'), 'Asia/Shanghai').as('hour'),
        fn.localWeekday(eb.ref('at'), 'Asia/Shanghai').as('weekday'),
      ])
      .where('g', '=', 'a')
      .where('v', 'in', [3, 1])
      .orderBy('at')
      .execute();
    expect(rows.map((r) => [r.day, r.week, r.month, Number(r.hour), Number(r.weekday)])).toEqual([
      ['2026-03-01', '2026-02-23', '2026-03-01', 0, 7],
      ['2026-03-02', '2026-03-02', '2026-03-01', 0, 1],
    ]);
  });

  it('counts, sums, interpolates quantiles and picks the latest value per group', async () => {
    const rows = await db
      .selectFrom('rows')
      .select((eb) => [
        'g',
        fn.countIf(eb('v', '>', 1)).as('above_one'),
        fn.sumIf(eb.ref('v').$castTo<number>(), eb('v', '>', 1)).as('sum_above_one'),
        fn.quantiles(eb.ref('v'), [0.5, 0.9]).as('q'),
        fn.argMax(eb.ref('v'), eb.ref('at')).as('latest'),
      ])
      .groupBy('g')
      .orderBy('g')
      .execute();
    // Group a: values 3, 1, 4, 2 (one null ignored) → sorted 1 2 3 4; p50 at rank 1.5 → 2.5, p90 at
    // rank 2.7 → 3 + 0.7 = 3.7; above one: 3 + 4 + 2 = 9. Its latest row (5 March) holds 2. Group b:
    // no value at all, and ClickHouse sums nothing to 0.
    expect(rows.map((r) => [r.g, Number(r.above_one), Number(r.sum_above_one), r.q, r.latest])).toEqual([
      ['a', 3, 9, [2.5, 3.7], 2],
      ['b', 0, 0, [null, null], null],
    ]);
  });

  it('tests, unnests and overlaps arrays', async () => {
    const flags = await db
      .selectFrom('rows')
      .select((eb) => [
        fn.arrayNotEmpty(eb.ref('slots')).as('asked'),
        fn.arrayOverlaps(eb.ref('slots'), ['email', 'account']).as('overlaps'),
      ])
      .where('g', '=', 'a')
      .orderBy('at')
      .execute();
    expect(flags.map((r) => [Number(r.asked), Number(r.overlaps)])).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
      [0, 0],
    ]);
    const slots = await db
      .selectFrom('rows')
      .select((eb) => fn.unnest(eb.ref('slots')).as('slot'))
      .execute();
    expect(slots.map((r) => r.slot).sort()).toEqual(['email', 'order_number', 'phone']);
    // UInt8 is how the store spells a boolean; other integers stay numbers.
    const [raw] = (await sql<{ flag: boolean; one: number }>`SELECT 1 AS flag, toInt32(1) AS one`.execute(db)).rows;
    expect(raw).toEqual({ flag: true, one: 1 });
  });
});
