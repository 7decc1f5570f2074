/**
 * The ClickHouse server tests run against: `TANDEM_CLICKHOUSE_URL` (CI starts one on 127.0.0.1 and
 * sets it), or null where none is configured (a user's clone: those tests skip). Under CI its absence
 * is an error rather than a skip.
 */
export function clickHouseUrl(): string | null {
  return fromEnvironment('TANDEM_CLICKHOUSE_URL');
}

/** The first node of the two-shard loopback cluster `tandem_two_shards` (`TANDEM_CLICKHOUSE_CLUSTER_URL`), likewise. */
export function clickHouseClusterUrl(): string | null {
  return fromEnvironment('TANDEM_CLICKHOUSE_CLUSTER_URL');
}

export interface ClickHouseClusterSetup {
  /** The cluster's name in the nodes' configuration. */
  name: string;
  /** The node a service talks to. */
  url: string;
  /** Every node's HTTP URL, the first one included. */
  nodes: string[];
}

/**
 * The two-shard loopback cluster CI starts (`TANDEM_CLICKHOUSE_CLUSTER_URL`, with every node in
 * `TANDEM_CLICKHOUSE_CLUSTER_NODES`), or null where none is configured; an error under CI.
 */
export function clickHouseCluster(): ClickHouseClusterSetup | null {
  const url = clickHouseClusterUrl();
  const nodes = fromEnvironment('TANDEM_CLICKHOUSE_CLUSTER_NODES');
  if (!url || !nodes) return null;
  return { name: 'tandem_two_shards', url, nodes: nodes.split(',') };
}

function fromEnvironment(name: string): string | null {
  const url = process.env[name];
  if (url) return url;
  if (process.env['CI'] === 'true') throw new Error(`${name} is not set; CI must start ClickHouse`);
  return null;
}
