import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import type { TableNode } from 'kysely';
import {
  DeleteQueryNode,
  InsertQueryNode,
  PrimitiveValueListNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type OperationNode,
  type QueryResult,
} from 'kysely';
import { identifier, sqlLiteral, stringLiteral, type LiteralValue } from '../literal.js';
import { readRows, type JsonResult } from './clickhouse-values.js';
import type { TableReading } from './clickhouse-query-compiler.js';

/** Statements that answer with rows; everything else is sent as a command. */
const READS = /^\s*(select|with|show|describe|exists)\b/i;

/**
 * What the SQL this dialect writes assumes of the server: a LEFT JOIN gives NULL for a missing row
 * (as standard SQL does; ClickHouse would give the column's default), a bare JOIN means ALL, and
 * 64-bit integers arrive as JSON numbers.
 */
export const DIALECT_SETTINGS: ClickHouseSettings = {
  join_use_nulls: 1,
  join_default_strictness: 'ALL',
  output_format_json_quote_64bit_integers: 0,
};

const MUTATION_POLL_MS = 25;
const MUTATION_TIMEOUT_MS = 60_000;

function answersWithRows(query: CompiledQuery): boolean {
  return query.query.kind === 'SelectQueryNode' || (query.query.kind === 'RawNode' && READS.test(query.sql));
}

function tableName(node: TableNode | undefined): string {
  if (!node) throw new Error('an insert names its table');
  return node.table.identifier.name;
}

/** The literal values of one row of an insert (Kysely gives either plain values or value nodes). */
function rowValues(row: OperationNode): unknown[] {
  if (PrimitiveValueListNode.is(row)) return [...row.values];
  if (ValueListNode.is(row)) {
    return row.values.map((v) => {
      if (!ValueNode.is(v)) throw new Error('ClickHouse conflict handling takes plain values only');
      return v.value;
    });
  }
  throw new Error('ClickHouse conflict handling takes a VALUES list only');
}

/** A promise chain: one holder at a time, in arrival order. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

class ClickHouseConnection implements DatabaseConnection {
  private readonly conflicts = new Lock();

  constructor(
    private readonly client: ClickHouseClient,
    private readonly reading: TableReading,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (query.parameters.length > 0) {
      throw new Error('ClickHouse statements carry their values inline; a compiled query with parameters is a bug');
    }
    const node = query.query;
    if (InsertQueryNode.is(node) && node.onConflict) {
      return this.conflicts.run(() => this.insertOnConflict(node));
    }
    if (answersWithRows(query)) return { rows: await this.read<R>(query.sql) };
    await this.client.command({ query: query.sql, clickhouse_settings: DIALECT_SETTINGS });
    if (DeleteQueryNode.is(node)) await this.mutationsDone(tableName(node.from.froms[0] as TableNode));
    return { rows: [] };
  }

  private async read<R>(sql: string): Promise<R[]> {
    const result = await this.client.query({ query: sql, format: 'JSON', clickhouse_settings: DIALECT_SETTINGS });
    return readRows<R>((await result.json()) as JsonResult);
  }

  /**
   * ClickHouse has no unique keys, so ON CONFLICT is done here: each row's key is looked up and the
   * row is skipped (DO NOTHING) or merged with the stored one (DO UPDATE SET, on a table read
   * latest-only) before it is inserted. Conflicting inserts of this process wait for each other, so
   * two saves of the same review cannot both succeed; a second process could race it (docs/clickhouse.md).
   */
  private async insertOnConflict<R>(node: InsertQueryNode): Promise<QueryResult<R>> {
    const conflict = node.onConflict!;
    const table = tableName(node.into);
    const columns = (node.columns ?? []).map((c) => c.column.name);
    const keys = (conflict.columns ?? []).map((c) => c.column.name);
    if (keys.length === 0 || !node.values || !ValuesNode.is(node.values)) {
      throw new Error('ClickHouse conflict handling needs the key columns and a VALUES list');
    }
    const updates = new Map<string, unknown>();
    for (const update of conflict.updates ?? []) {
      if (!ValueNode.is(update.value) || update.column.kind !== 'ColumnNode') {
        throw new Error('ClickHouse conflict updates take plain values only');
      }
      updates.set((update.column as unknown as { column: { name: string } }).column.name, update.value.value);
    }
    if (!conflict.doNothing && updates.size > 0 && !this.reading.latestOnly.has(table)) {
      throw new Error(`${table} is not read latest-only, so an update in place would leave two rows`);
    }
    const written: unknown[][] = [];
    for (const values of node.values.values.map(rowValues)) {
      const where = keys
        .map((key) => `${identifier(key)} = ${sqlLiteral(values[columns.indexOf(key)] as LiteralValue)}`)
        .join(' AND ');
      const final = this.reading.latestOnly.has(table) ? ' FINAL' : '';
      const [stored] = await this.read<Record<string, unknown>>(
        `SELECT ${columns.map(identifier).join(', ')} FROM ${identifier(table)}${final} WHERE ${where} LIMIT 1`,
      );
      if (!stored) written.push(values);
      else if (!conflict.doNothing) written.push(columns.map((c) => (updates.has(c) ? updates.get(c) : stored[c])));
    }
    if (written.length > 0) {
      const rows = written.map((values) => `(${values.map((v) => sqlLiteral(v as LiteralValue)).join(', ')})`);
      await this.client.command({
        query: `INSERT INTO ${identifier(table)} (${columns.map(identifier).join(', ')}) VALUES ${rows.join(', ')}`,
        clickhouse_settings: DIALECT_SETTINGS,
      });
    }
    return { rows: [], numAffectedRows: BigInt(written.length) };
  }

  /** A delete is a mutation that ClickHouse applies in the background; wait until it has been. */
  private async mutationsDone(table: string): Promise<void> {
    const deadline = Date.now() + MUTATION_TIMEOUT_MS;
    for (;;) {
      const [pending] = await this.read<{ n: number }>(
        `SELECT count() AS n FROM system.mutations WHERE database = currentDatabase() AND table = ${stringLiteral(table)} AND is_done = 0`,
      );
      if (!pending || pending.n === 0) return;
      if (Date.now() > deadline) throw new Error(`a delete from ${table} has not finished after a minute`);
      await new Promise((resolve) => setTimeout(resolve, MUTATION_POLL_MS));
    }
  }

  // eslint-disable-next-line require-yield -- streaming is not offered; the signature demands a generator.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on ClickHouse yet');
  }
}

/**
 * One HTTP client for every statement: ClickHouse's HTTP interface has no session state to keep apart,
 * so there is one connection. ClickHouse has no transactions: a Kysely transaction runs its statements
 * in order, and a failure leaves what was written before it (docs/clickhouse.md says where that matters).
 */
export class ClickHouseDriver implements Driver {
  readonly #connection: ClickHouseConnection;

  constructor(client: ClickHouseClient, reading: TableReading) {
    this.#connection = new ClickHouseConnection(client, reading);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {}

  async commitTransaction(): Promise<void> {}

  async rollbackTransaction(): Promise<void> {}

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}
