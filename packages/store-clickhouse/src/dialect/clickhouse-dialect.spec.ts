import { createClient } from '@clickhouse/client';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ClickHouseDialect } from './clickhouse-dialect.js';

interface Db {
  t: { id: number; s: string; flag: boolean; tags: string[] };
  facts: { ws: string; id: string; n: number | null; at: string };
  log: { ws: string; id: string; kind: string };
}

// Compiling needs no server: the client is only created, never called.
const db = new Kysely<Db>({ dialect: new ClickHouseDialect(createClient({ url: 'http://127.0.0.1:1' })) });

describe('ClickHouseQueryCompiler', () => {
  it('writes every value in place, identifiers in backticks, and leaves no parameters', () => {
    const compiled = db
      .selectFrom('t')
      .select(['id', 's'])
      .where('s', '=', "it's \\ 中文")
      .where('id', 'in', [1, 2])
      .where('flag', '=', true)
      .compile();
    expect(compiled.sql).toBe(
      "select `id`, `s` from `t` where `s` = 'it\\'s \\\\ 中文' and `id` in (1, 2) and `flag` = 1",
    );
    expect(compiled.parameters).toEqual([]);
  });

  it('escapes the same way in inserts, literals and identifiers', () => {
    expect(
      db
        .insertInto('t')
        .values({ id: 1, s: 'a\nb', flag: false, tags: ["x'y"] })
        .compile().sql,
    ).toBe("insert into `t` (`id`, `s`, `flag`, `tags`) values (1, 'a\\nb', 0, ['x\\'y'])");
    expect(sql`select ${sql.lit("o'k")}, ${sql.ref('we`ird')}`.compile(db).sql).toBe("select 'o\\'k', `we\\`ird`");
  });
});

describe('reading latest-only and sharded tables', () => {
  const reading = {
    latestOnly: new Set(['facts']),
    sharded: new Set(['facts', 'log']),
    keys: new Map([
      ['facts', ['ws', 'id']],
      ['log', ['ws', 'id']],
    ]),
  };
  const rdb = new Kysely<Db>({ dialect: new ClickHouseDialect(createClient({ url: 'http://127.0.0.1:1' }), reading) });

  it('reads a latest-only table through FINAL, with the conditions on its key repeated inside', () => {
    const compiled = rdb
      .selectFrom('facts')
      .select('n')
      .where('ws', '=', 'w1')
      .where('id', 'in', ['a', 'b'])
      .where('at', '>=', '2026-03-01T00:00:00.000Z')
      .compile();
    expect(compiled.sql).toBe(
      "select `n` from (select * from `facts` final where `ws` = 'w1' and `id` in ('a', 'b')) as `facts` " +
        "where `ws` = 'w1' and `id` in ('a', 'b') and `at` >= '2026-03-01T00:00:00.000Z'",
    );
  });

  it('keeps an alias, and repeats only the conditions naming it in a join', () => {
    const compiled = rdb
      .selectFrom('facts as f')
      .innerJoin('log as l', 'l.id', 'f.id')
      .select(['f.n', 'l.kind'])
      .where('f.ws', '=', 'w1')
      .where('l.ws', '=', 'w1')
      .where('ws', '=', 'ambiguous')
      .compile();
    expect(compiled.sql).toBe(
      "select `f`.`n`, `l`.`kind` from (select * from `facts` final where `ws` = 'w1') as `f` " +
        "inner join (select * from `log` where `ws` = 'w1') as `l` on `l`.`id` = `f`.`id` " +
        "where `f`.`ws` = 'w1' and `l`.`ws` = 'w1' and `ws` = 'ambiguous'",
    );
  });

  it('writes the table itself where rows are written or deleted, a delete as a mutation', () => {
    expect(rdb.insertInto('facts').values({ ws: 'w', id: 'a', n: 1, at: 'x' }).compile().sql).toBe(
      "insert into `facts` (`ws`, `id`, `n`, `at`) values ('w', 'a', 1, 'x')",
    );
    expect(rdb.deleteFrom('t').where('id', '=', 1).compile().sql).toBe('alter table `t` delete where `id` = 1');
  });
});

describe('three-valued logic', () => {
  it('keeps plain AND and OR on the top chain of a filter, and computes them on codes elsewhere', () => {
    const compiled = db
      .selectFrom('t')
      .select((eb) => eb.and([eb('id', '>', 1), eb('flag', '=', true)]).as('both'))
      .where((eb) => eb.and([eb('id', '>', 1), eb.not(eb.or([eb('s', '=', 'a'), eb('flag', '=', false)]))]))
      .compile();
    const kleene = (combine: string, left: string, right: string) =>
      `toUInt8(intDiv(nullIf(${combine}(ifNull(toUInt8(${left}) * 2, 1), ifNull(toUInt8(${right}) * 2, 1)), 1), 2))`;
    expect(compiled.sql).toBe(
      `select (${kleene('least', '`id` > 1', '`flag` = 1')}) as \`both\` from \`t\` ` +
        `where (\`id\` > 1 and not (${kleene('greatest', "`s` = 'a'", '`flag` = 0')}))`,
    );
  });

  it('keeps plain AND in a condition counted by countIf or tested by CASE WHEN, not in what CASE gives', () => {
    const compiled = db
      .selectFrom('t')
      .select((eb) => [
        sql<number>`countIf(${eb.and([eb('id', '>', 1), eb('flag', '=', true)])})`.as('counted'),
        sql<boolean>`CASE WHEN ${eb.and([eb('id', '>', 1), eb('flag', '=', true)])} THEN ${eb.and([eb('id', '>', 2), eb('flag', '=', false)])} END`.as(
          'given',
        ),
      ])
      .compile();
    expect(compiled.sql).toBe(
      'select countIf((`id` > 1 and `flag` = 1)) as `counted`, CASE WHEN (`id` > 1 and `flag` = 1) THEN ' +
        '(toUInt8(intDiv(nullIf(least(ifNull(toUInt8(`id` > 2) * 2, 1), ifNull(toUInt8(`flag` = 0) * 2, 1)), 1), 2))) END as `given` from `t`',
    );
  });
});
