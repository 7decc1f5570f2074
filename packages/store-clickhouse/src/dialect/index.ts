export { ClickHouseDialect } from './clickhouse-dialect.js';
