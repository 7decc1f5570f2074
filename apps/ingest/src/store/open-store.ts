import { DuckDbStore } from '@tandem/store-duckdb';
import { analyseHandoff } from '../analysis/handoff-analyser.js';
import type { Config } from '../config/config.js';

/** The one way this app opens its store: the embedded DuckDB file, deriving escalation facts as it writes. */
export function openStore(config: Config, path = config.TANDEM_DB_PATH): Promise<DuckDbStore> {
  return DuckDbStore.open({ path, memoryLimit: config.TANDEM_DUCKDB_MEMORY_LIMIT, analyseHandoff });
}
