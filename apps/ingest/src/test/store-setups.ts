import { createClient } from '@clickhouse/client';
import { clickHouseCluster, clickHouseUrl } from '@tandem/testkit';

/** One way to run the service's store in tests: its configuration, and what to clear away after. */
export interface StoreSetup {
  name: string;
  env: Record<string, string>;
  dispose(): Promise<void>;
}

let databases = 0;

/** A fresh ClickHouse database for one test app, dropped on every node afterwards. */
function clickHouse(name: string, url: string, nodes: string[], env: Record<string, string>): StoreSetup {
  const database = `tandem_test_${process.pid}_${++databases}`;
  return {
    name,
    env: { TANDEM_STORE: 'clickhouse', TANDEM_CLICKHOUSE_URL: url, TANDEM_CLICKHOUSE_DATABASE: database, ...env },
    async dispose() {
      for (const node of nodes) {
        const client = createClient({ url: node });
        await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
        await client.close();
      }
    },
  };
}

/**
 * Every store the parity suite runs on: embedded DuckDB always; a single ClickHouse node and the
 * two-shard cluster where they are configured (always under CI).
 */
export function storeSetups(): StoreSetup[] {
  const setups: StoreSetup[] = [{ name: 'DuckDB', env: {}, dispose: async () => {} }];
  const single = clickHouseUrl();
  if (single) setups.push(clickHouse('ClickHouse', single, [single], {}));
  const cluster = clickHouseCluster();
  if (cluster) {
    setups.push(
      clickHouse('ClickHouse, two shards', cluster.url, cluster.nodes, {
        TANDEM_CLICKHOUSE_CLUSTER: cluster.name,
        TANDEM_CLICKHOUSE_NODES: cluster.nodes.join(','),
      }),
    );
  }
  return setups;
}
