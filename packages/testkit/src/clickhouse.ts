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

function fromEnvironment(name: string): string | null {
  const url = process.env[name];
  if (url) return url;
  if (process.env['CI'] === 'true') throw new Error(`${name} is not set; CI must start ClickHouse`);
  return null;
}
