export { DuckDbAdapter } from './duckdb-adapter.js';
export { DuckDbDialect } from './duckdb-dialect.js';
export type { DuckDbDialectConfig } from './duckdb-dialect.js';
export { DuckDbDriver } from './duckdb-driver.js';
export type { DuckDbConnectionSource } from './duckdb-driver.js';
export { DuckDbIntrospector } from './duckdb-introspector.js';
export { toDuckDbParameter, toPlainValue } from './duckdb-values.js';
export type { DuckDbParameter, PlainValue } from './duckdb-values.js';
