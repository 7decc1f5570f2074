import { clickHouseCluster, clickHouseUrl } from './clickhouse.js';

/** One way to run the service's store: its configuration, and what to clear away after. */
export interface StoreSetup {
  /** Short and stable, for file names and command lines. */
  id: 'duckdb' | 'clickhouse' | 'clickhouse-2-shards';
  /** For test titles and tables. */
  name: string;
  /** Environment for the service beside its own defaults. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

let databases = 0;

/** A fresh ClickHouse database for one service, dropped on every node afterwards. */
function clickHouse(
  id: StoreSetup['id'],
  name: string,
  url: string,
  nodes: readonly string[],
  env: Record<string, string>,
): StoreSetup {
  const database = `tandem_test_${process.pid}_${++databases}`;
  return {
    id,
    name,
    env: { TANDEM_STORE: 'clickhouse', TANDEM_CLICKHOUSE_URL: url, TANDEM_CLICKHOUSE_DATABASE: database, ...env },
    async dispose() {
      for (const node of nodes) {
        const response = await fetch(node, { method: 'POST', body: `DROP DATABASE IF EXISTS ${database}` });
        if (!response.ok) throw new Error(`dropping ${database} on ${node}: ${await response.text()}`);
      }
    },
  };
}

/**
 * Every store the service can run on here: embedded DuckDB always; a single ClickHouse node and the
 * two-shard cluster where they are configured (always under CI). The parity suites and the benchmark
 * both run over these.
 */
export function storeSetups(): StoreSetup[] {
  const setups: StoreSetup[] = [{ id: 'duckdb', name: 'DuckDB', env: {}, dispose: async () => {} }];
  const single = clickHouseUrl();
  if (single) setups.push(clickHouse('clickhouse', 'ClickHouse', single, [single], {}));
  const cluster = clickHouseCluster();
  if (cluster) {
    setups.push(
      clickHouse('clickhouse-2-shards', 'ClickHouse, two shards', cluster.url, cluster.nodes, {
        TANDEM_CLICKHOUSE_CLUSTER: cluster.name,
        TANDEM_CLICKHOUSE_NODES: cluster.nodes.join(','),
      }),
    );
  }
  return setups;
}
