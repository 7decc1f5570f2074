import type { ClickHouseClient } from '@clickhouse/client';
import type { DatabaseIntrospector, Dialect, DialectAdapter, Driver, Kysely, QueryCompiler } from 'kysely';
import { ClickHouseAdapter } from './clickhouse-adapter.js';
import { ClickHouseDriver } from './clickhouse-driver.js';
import { ClickHouseIntrospector } from './clickhouse-introspector.js';
import { ClickHouseQueryCompiler, PLAIN_READING, type TableReading } from './clickhouse-query-compiler.js';

/** Kysely over `@clickhouse/client`: the client stays the caller's to close. */
export class ClickHouseDialect implements Dialect {
  constructor(
    private readonly client: ClickHouseClient,
    private readonly reading: TableReading = PLAIN_READING,
  ) {}

  createAdapter(): DialectAdapter {
    return new ClickHouseAdapter();
  }

  createDriver(): Driver {
    return new ClickHouseDriver(this.client, this.reading);
  }

  createQueryCompiler(): QueryCompiler {
    return new ClickHouseQueryCompiler(this.reading);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new ClickHouseIntrospector(db);
  }
}
