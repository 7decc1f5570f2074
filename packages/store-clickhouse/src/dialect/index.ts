export { ClickHouseDialect } from './clickhouse-dialect.js';
export { DIALECT_SETTINGS } from './clickhouse-driver.js';
export type { TableReading } from './clickhouse-query-compiler.js';
