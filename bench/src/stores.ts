/** A store the ingest benchmark runs the service on, and how to clear it away afterwards. */
export interface BenchStore {
  name: string;
  env(work: string): Record<string, string>;
  dispose(): Promise<void>;
}

export const STORE_NAMES = ['duckdb', 'clickhouse', 'clickhouse-2-shards'] as const;

async function dropDatabase(nodes: readonly string[], database: string): Promise<void> {
  for (const node of nodes) {
    const response = await fetch(node, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
    if (!response.ok) throw new Error(`dropping ${database} on ${node}: ${await response.text()}`);
  }
}

function clickHouse(name: string, url: string, nodes: string[], env: Record<string, string>): BenchStore {
  const database = `tandem_bench_${process.pid}_${name.replace(/\W/g, '_')}`;
  return {
    name,
    env: () => ({
      TANDEM_STORE: 'clickhouse',
      TANDEM_CLICKHOUSE_URL: url,
      TANDEM_CLICKHOUSE_DATABASE: database,
      ...env,
    }),
    dispose: () => dropDatabase(nodes, database),
  };
}

/**
 * The stores named, from the servers the environment names: `TANDEM_CLICKHOUSE_URL` for a single
 * ClickHouse node, `TANDEM_CLICKHOUSE_CLUSTER_URL` and `TANDEM_CLICKHOUSE_CLUSTER_NODES` for the
 * two-shard cluster `tandem_two_shards` (docs/clickhouse.md says how to start both). A ClickHouse
 * store without its server is left out, with a line saying so.
 */
export function benchStores(names: readonly string[]): BenchStore[] {
  const stores: BenchStore[] = [];
  for (const name of names) {
    if (name === 'duckdb') {
      stores.push({ name, env: (work) => ({ TANDEM_DB_PATH: `${work}/bench.duckdb` }), dispose: async () => {} });
    } else if (name === 'clickhouse') {
      const url = process.env['TANDEM_CLICKHOUSE_URL'];
      if (url) stores.push(clickHouse(name, url, [url], {}));
      else console.log('clickhouse left out: set TANDEM_CLICKHOUSE_URL to a running node');
    } else if (name === 'clickhouse-2-shards') {
      const url = process.env['TANDEM_CLICKHOUSE_CLUSTER_URL'];
      const nodes = process.env['TANDEM_CLICKHOUSE_CLUSTER_NODES']?.split(',');
      if (url && nodes) {
        stores.push(
          clickHouse(name, url, nodes, {
            TANDEM_CLICKHOUSE_CLUSTER: 'tandem_two_shards',
            TANDEM_CLICKHOUSE_NODES: nodes.join(','),
          }),
        );
      } else {
        console.log(
          'clickhouse-2-shards left out: set TANDEM_CLICKHOUSE_CLUSTER_URL and TANDEM_CLICKHOUSE_CLUSTER_NODES',
        );
      }
    } else {
      throw new Error(`--stores takes ${STORE_NAMES.join(', ')}; not ${name}`);
    }
  }
  return stores;
}
