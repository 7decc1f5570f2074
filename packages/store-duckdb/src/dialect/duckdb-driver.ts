import { ResultReturnType, StatementType } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { CompiledQuery } from 'kysely';
import type { DatabaseConnection, Driver, QueryResult, TransactionSettings } from 'kysely';
import { toDuckDbParameter, toPlainValue } from './duckdb-values.js';

/** A connection the caller keeps owning, or a factory whose connection the driver owns and closes. */
export type DuckDbConnectionSource = DuckDBConnection | (() => Promise<DuckDBConnection>);

const MODIFYING_STATEMENTS = new Set<StatementType>([
  StatementType.INSERT,
  StatementType.UPDATE,
  StatementType.DELETE,
  StatementType.MERGE_INTO,
]);

/**
 * Holds the one DuckDB connection. It does no locking itself: `DuckDbAdapter` reports
 * `supportsMultipleConnections: false`, so Kysely allows a single acquire-to-release
 * holder at a time, which keeps whole transactions (not just statements) from interleaving.
 */
export class DuckDbDriver implements Driver {
  readonly #source: DuckDbConnectionSource;
  #connection: DuckDbConnection | undefined;

  constructor(source: DuckDbConnectionSource) {
    this.#source = source;
  }

  async init(): Promise<void> {
    const owned = typeof this.#source === 'function';
    const connection = owned ? await this.#source() : this.#source;
    // The session zone defaults to the machine's TZ and applies wherever TIMESTAMPTZ meets
    // TIMESTAMP, text or date parts; our timestamps are UTC instants, so pin it.
    await connection.run("SET SESSION TimeZone = 'UTC'");
    this.#connection = new DuckDbConnection(connection, owned);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    if (!this.#connection) throw new Error('DuckDbDriver is not initialised or was destroyed');
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (settings.isolationLevel) {
      throw new Error(
        `DuckDB only offers snapshot isolation; isolationLevel '${settings.isolationLevel}' is unsupported`,
      );
    }
    const mode = settings.accessMode === 'read only' ? ' READ ONLY' : '';
    await connection.executeQuery(CompiledQuery.raw(`BEGIN TRANSACTION${mode}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.#connection?.close();
    this.#connection = undefined;
  }
}

class DuckDbConnection implements DatabaseConnection {
  readonly #connection: DuckDBConnection;
  readonly #owned: boolean;

  constructor(connection: DuckDBConnection, owned: boolean) {
    this.#connection = connection;
    this.#owned = owned;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const statement = await this.#prepare(compiledQuery);
    try {
      const result = await statement.run();
      if (result.returnType === ResultReturnType.CHANGED_ROWS) {
        return { rows: [], numAffectedRows: BigInt(result.rowsChanged) };
      }
      const rows = (await result.convertRowObjects(toPlainValue)) as R[];
      // With RETURNING, DuckDB reports rowsChanged as 0, but each returned row is one affected row.
      return MODIFYING_STATEMENTS.has(result.statementType) ? { rows, numAffectedRows: BigInt(rows.length) } : { rows };
    } finally {
      statement.destroySync();
    }
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    const statement = await this.#prepare(compiledQuery);
    try {
      const result = await statement.stream();
      const rows: R[] = [];
      for await (const chunk of result.yieldConvertedRowObjects(toPlainValue)) {
        rows.push(...(chunk as R[]));
        while (rows.length >= chunkSize) yield { rows: rows.splice(0, chunkSize) };
      }
      if (rows.length > 0) yield { rows };
    } finally {
      statement.destroySync();
    }
  }

  close(): void {
    if (this.#owned) this.#connection.disconnectSync();
  }

  async #prepare(compiledQuery: CompiledQuery): Promise<DuckDBPreparedStatement> {
    const statement = await this.#connection.prepare(compiledQuery.sql);
    try {
      compiledQuery.parameters.forEach((parameter, index) => {
        const { value, type } = toDuckDbParameter(parameter, statement.parameterTypeId(index + 1));
        statement.bindValue(index + 1, value, type);
      });
      return statement;
    } catch (error) {
      statement.destroySync();
      throw error;
    }
  }
}
