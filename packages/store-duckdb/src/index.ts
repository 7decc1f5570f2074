export { DuckDbStore, type DuckDbStoreOptions } from './duckdb-store.js';
export { duckDbFunctions } from './engine-functions.js';
