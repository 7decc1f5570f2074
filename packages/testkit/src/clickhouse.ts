/**
 * The ClickHouse server tests run against: `TANDEM_CLICKHOUSE_URL` (CI starts one on 127.0.0.1 and
 * sets it), or null where none is configured (a user's clone: those tests skip). Under CI its absence
 * is an error rather than a skip.
 */
export function clickHouseUrl(): string | null {
  const url = process.env['TANDEM_CLICKHOUSE_URL'];
  if (url) return url;
  if (process.env['CI'] === 'true') throw new Error('TANDEM_CLICKHOUSE_URL is not set; CI must start ClickHouse');
  return null;
}
