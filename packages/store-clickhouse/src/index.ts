export { sqlLiteral, stringLiteral, type LiteralValue } from './literal.js';
export { ClickHouseDialect } from './dialect/index.js';
export { clickHouseFunctions } from './engine-functions.js';
export { ClickHouseStore, type ClickHouseStoreOptions } from './clickhouse-store.js';
export type { Cluster } from './layout.js';
