import type { StoreAdapter } from '@tandem/store';
import { ClickHouseStore } from '@tandem/store-clickhouse';
import { DuckDbStore } from '@tandem/store-duckdb';
import { analyseHandoff } from '../analysis/handoff-analyser.js';
import type { Config } from '../config/config.js';

/**
 * The one way this app opens its store, deriving escalation facts as it writes: the embedded DuckDB
 * file by default, or ClickHouse (docs/clickhouse.md).
 */
export function openStore(config: Config, path = config.TANDEM_DB_PATH): Promise<StoreAdapter> {
  if (config.TANDEM_STORE === 'clickhouse') {
    return ClickHouseStore.open({
      url: config.TANDEM_CLICKHOUSE_URL,
      database: config.TANDEM_CLICKHOUSE_DATABASE,
      username: config.TANDEM_CLICKHOUSE_USER,
      password: config.TANDEM_CLICKHOUSE_PASSWORD,
      cluster: config.TANDEM_CLICKHOUSE_CLUSTER
        ? { name: config.TANDEM_CLICKHOUSE_CLUSTER, nodeUrls: config.TANDEM_CLICKHOUSE_NODES ?? [] }
        : undefined,
      analyseHandoff,
    });
  }
  return DuckDbStore.open({ path, memoryLimit: config.TANDEM_DUCKDB_MEMORY_LIMIT, analyseHandoff });
}
