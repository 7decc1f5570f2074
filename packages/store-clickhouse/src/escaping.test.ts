import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { clickHouseUrl, HOSTILE_STRINGS } from '@tandem/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlLiteral } from './literal.js';

const url = clickHouseUrl();

const HOSTILE = HOSTILE_STRINGS;

describe.skipIf(!url)('ClickHouse literals round-trip hostile strings', () => {
  let client: ClickHouseClient;
  const database = `tandem_escaping_${process.pid}`;

  beforeAll(async () => {
    client = createClient({ url: url!, request_timeout: 30_000 });
    await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
    await client.command({ query: `CREATE TABLE ${database}.t (id UInt32, s String) ENGINE = Memory` });
    const rows = HOSTILE.map((s, i) => `(${sqlLiteral(i)}, ${sqlLiteral(s)})`).join(', ');
    await client.command({ query: `INSERT INTO ${database}.t VALUES ${rows}` });
  });
  afterAll(async () => {
    await client?.command({ query: `DROP DATABASE IF EXISTS ${database}` });
    await client?.close();
  });

  const rows = async (query: string) =>
    (await client.query({ query, format: 'JSONEachRow' })).json<{ id: number; s: string }>();

  it('stores every string exactly as sent', async () => {
    const stored = await rows(`SELECT id, s FROM ${database}.t ORDER BY id`);
    expect(stored.map((r) => r.s)).toEqual(HOSTILE);
  });

  it('finds each string, and only it, through a filter', async () => {
    for (const [i, s] of HOSTILE.entries()) {
      const found = await rows(`SELECT id, s FROM ${database}.t WHERE s = ${sqlLiteral(s)}`);
      expect([s, found.map((r) => Number(r.id))]).toEqual([s, [i]]);
    }
  });

  it('sends arrays of them intact', async () => {
    const [row] = await rows(`SELECT 0 AS id, arrayStringConcat(${sqlLiteral(HOSTILE.slice(0, 8))}, '|') AS s`);
    expect(row!.s).toBe(HOSTILE.slice(0, 8).join('|'));
  });
});
