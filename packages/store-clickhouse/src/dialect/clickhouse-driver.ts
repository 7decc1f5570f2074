import type { ClickHouseClient } from '@clickhouse/client';
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult } from 'kysely';

/** Statements that answer with rows; everything else is sent as a command. */
const READS = /^\s*(select|with|show|describe|exists)\b/i;

function answersWithRows(query: CompiledQuery): boolean {
  return query.query.kind === 'SelectQueryNode' || (query.query.kind === 'RawNode' && READS.test(query.sql));
}

class ClickHouseConnection implements DatabaseConnection {
  constructor(private readonly client: ClickHouseClient) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (query.parameters.length > 0) {
      throw new Error('ClickHouse statements carry their values inline; a compiled query with parameters is a bug');
    }
    if (answersWithRows(query)) {
      const result = await this.client.query({ query: query.sql, format: 'JSONEachRow' });
      return { rows: await result.json<R>() };
    }
    await this.client.command({ query: query.sql });
    return { rows: [] };
  }

  // eslint-disable-next-line require-yield -- streaming is not offered; the signature demands a generator.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on ClickHouse yet');
  }
}

/**
 * One HTTP client for every statement: ClickHouse's HTTP interface has no session state to keep apart,
 * so there is nothing to pool or lock, and transactions do not exist.
 */
export class ClickHouseDriver implements Driver {
  readonly #connection: ClickHouseConnection;

  constructor(client: ClickHouseClient) {
    this.#connection = new ClickHouseConnection(client);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {
    throw new Error('ClickHouse has no transactions');
  }

  async commitTransaction(): Promise<void> {
    throw new Error('ClickHouse has no transactions');
  }

  async rollbackTransaction(): Promise<void> {
    throw new Error('ClickHouse has no transactions');
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}
