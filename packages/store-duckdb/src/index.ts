export { DuckDbStore, type DuckDbStoreOptions } from './duckdb-store.js';
