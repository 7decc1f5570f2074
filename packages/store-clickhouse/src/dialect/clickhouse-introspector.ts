import { sql } from 'kysely';
import type { DatabaseIntrospector, Kysely, SchemaMetadata, TableMetadata } from 'kysely';

interface ColumnRow {
  database: string;
  table: string;
  engine: string;
  name: string;
  type: string;
}

/** Reads ClickHouse's system tables: databases as schemas, their tables and columns. */
export class ClickHouseIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;

  constructor(db: Kysely<unknown>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<SchemaMetadata>`SELECT name FROM system.databases ORDER BY name`.execute(this.#db);
    return rows;
  }

  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<ColumnRow>`
      SELECT c.database AS database, c.table AS table, t.engine AS engine, c.name AS name, c.type AS type
      FROM system.columns AS c ANY INNER JOIN system.tables AS t ON t.database = c.database AND t.name = c.table
      WHERE c.database NOT IN ('system')
      ORDER BY c.database, c.table`.execute(this.#db);
    const tables = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
    for (const row of rows) {
      const key = `${row.database}.${row.table}`;
      const table = tables.get(key) ?? {
        schema: row.database,
        name: row.table,
        isView: row.engine === 'View',
        isForeign: false,
        columns: [],
      };
      tables.set(key, table);
      table.columns.push({
        name: row.name,
        dataType: row.type,
        isNullable: row.type.startsWith('Nullable('),
        isAutoIncrementing: false,
        hasDefaultValue: false,
      });
    }
    return [...tables.values()];
  }

  async getMetadata(): Promise<{ tables: TableMetadata[] }> {
    return { tables: await this.getTables() };
  }
}
