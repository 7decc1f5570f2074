import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { clickHouseClusterUrl } from '@tandem/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlLiteral } from './literal.js';

const url = clickHouseClusterUrl();
const CLUSTER = 'tandem_two_shards';

/**
 * The clustered layout docs/clickhouse.md describes, on the two-shard loopback cluster: a local
 * MergeTree table on every shard and a Distributed table over them, sharded by workspace.
 */
describe.skipIf(!url)('the two-shard layout: local tables and a Distributed table', () => {
  let client: ClickHouseClient;
  const database = `tandem_layout_${process.pid}`;
  /** The shards' own HTTP addresses, one port above the first node's per shard. */
  const shards: string[] = [];

  beforeAll(async () => {
    client = createClient({ url: url!, request_timeout: 30_000 });
    const ports = await (
      await client.query({
        query: `SELECT shard_num, port FROM system.clusters WHERE cluster = ${sqlLiteral(CLUSTER)} ORDER BY shard_num`,
        format: 'JSONEachRow',
      })
    ).json<{ shard_num: number; port: number }>();
    expect(ports).toHaveLength(2);
    // Native port = HTTP port + 877 on every node .ci/start-clickhouse starts.
    for (const { port } of ports) shards.push(`http://127.0.0.1:${Number(port) - 877}`);
    for (const shard of shards) {
      const node = createClient({ url: shard });
      await node.command({ query: `CREATE DATABASE IF NOT EXISTS ${database}` });
      await node.command({
        query: `CREATE TABLE ${database}.events_local (workspace_id String, event_id String) ENGINE = MergeTree ORDER BY (workspace_id, event_id)`,
      });
      await node.close();
    }
    await client.command({
      query: `CREATE TABLE ${database}.events AS ${database}.events_local ENGINE = Distributed(${CLUSTER}, ${database}, events_local, cityHash64(workspace_id))`,
    });
    const rows = ['north', 'south', 'east', 'west']
      .flatMap((w) => [1, 2, 3].map((n) => `(${sqlLiteral(w)}, ${sqlLiteral(`${w}-${n}`)})`))
      .join(', ');
    await client.command({
      query: `INSERT INTO ${database}.events VALUES ${rows}`,
      clickhouse_settings: { insert_distributed_sync: 1 },
    });
  });
  afterAll(async () => {
    for (const shard of shards) {
      const node = createClient({ url: shard });
      await node.command({ query: `DROP DATABASE IF EXISTS ${database}` });
      await node.close();
    }
    await client?.close();
  });

  const count = async (base: string, table: string) => {
    const node = createClient({ url: base });
    const [row] = await (
      await node.query({ query: `SELECT count() AS n FROM ${database}.${table}`, format: 'JSONEachRow' })
    ).json<{ n: string }>();
    await node.close();
    return Number(row!.n);
  };

  it('spreads the rows over both shards and reads them all back through the Distributed table', async () => {
    const perShard = [await count(shards[0]!, 'events_local'), await count(shards[1]!, 'events_local')];
    expect(perShard[0]! + perShard[1]!).toBe(12);
    expect(perShard.every((n) => n > 0)).toBe(true);
    expect(await count(url!, 'events')).toBe(12);
  });

  it('keeps a workspace on one shard', async () => {
    for (const shard of shards) {
      const node = createClient({ url: shard });
      const rows = await (
        await node.query({
          query: `SELECT workspace_id, count() AS n FROM ${database}.events_local GROUP BY workspace_id`,
          format: 'JSONEachRow',
        })
      ).json<{ workspace_id: string; n: string }>();
      await node.close();
      expect(rows.every((r) => Number(r.n) === 3)).toBe(true);
    }
  });
});
