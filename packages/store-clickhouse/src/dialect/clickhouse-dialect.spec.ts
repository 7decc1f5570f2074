import { createClient } from '@clickhouse/client';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ClickHouseDialect } from './clickhouse-dialect.js';

interface Db {
  t: { id: number; s: string; flag: boolean; tags: string[] };
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
