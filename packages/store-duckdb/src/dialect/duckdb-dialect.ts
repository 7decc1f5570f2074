import { PostgresQueryCompiler } from 'kysely';
import type { DatabaseIntrospector, Dialect, DialectAdapter, Driver, Kysely, QueryCompiler } from 'kysely';
import { DuckDbAdapter } from './duckdb-adapter.js';
import { DuckDbDriver } from './duckdb-driver.js';
import type { DuckDbConnectionSource } from './duckdb-driver.js';
import { DuckDbIntrospector } from './duckdb-introspector.js';

export interface DuckDbDialectConfig {
  /**
   * The one connection Kysely will use: either an open connection, which stays the caller's to
   * close, or a factory called on first query, whose connection `Kysely#destroy` closes. The
   * DuckDBInstance behind it is never touched. Either way the connection's session TimeZone is
   * pinned to UTC, and nothing else may run statements on it while Kysely holds it.
   */
  readonly connection: DuckDbConnectionSource;
}

export class DuckDbDialect implements Dialect {
  readonly #config: DuckDbDialectConfig;

  constructor(config: DuckDbDialectConfig) {
    this.#config = config;
  }

  createAdapter(): DialectAdapter {
    return new DuckDbAdapter();
  }

  createDriver(): Driver {
    return new DuckDbDriver(this.#config.connection);
  }

  // DuckDB accepts PostgreSQL's `$n` placeholders, double-quoted identifiers and RETURNING.
  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new DuckDbIntrospector(db);
  }
}
