import { sql } from 'kysely';
import type {
  ColumnMetadata,
  DatabaseIntrospector,
  DatabaseMetadataOptions,
  Kysely,
  SchemaMetadata,
  TableMetadata,
} from 'kysely';
import { DEFAULT_MIGRATION_LOCK_TABLE, DEFAULT_MIGRATION_TABLE } from 'kysely/migration';

interface ColumnRow {
  schema: string;
  table: string;
  table_type: string;
  column: string;
  data_type: string;
  is_nullable: string;
  column_default: string | null;
  comment: string | null;
}

/** Reads information_schema; Kysely's PostgresIntrospector needs pg_catalog functions DuckDB lacks. */
export class DuckDbIntrospector implements DatabaseIntrospector {
  readonly #db: Kysely<unknown>;

  constructor(db: Kysely<unknown>) {
    this.#db = db;
  }

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<SchemaMetadata>`
      select schema_name as name from information_schema.schemata
      where catalog_name = current_database() order by schema_name`.execute(this.#db);
    return rows;
  }

  async getTables(options: DatabaseMetadataOptions = { withInternalKyselyTables: false }): Promise<TableMetadata[]> {
    const internalTables = options.withInternalKyselyTables
      ? sql``
      : sql`and c.table_name not in (${DEFAULT_MIGRATION_TABLE}, ${DEFAULT_MIGRATION_LOCK_TABLE})`;
    const { rows } = await sql<ColumnRow>`
      select c.table_schema as schema, c.table_name as "table", t.table_type, c.column_name as "column",
        c.data_type, c.is_nullable, c.column_default, c."COLUMN_COMMENT" as comment
      from information_schema.columns c
      join information_schema.tables t using (table_catalog, table_schema, table_name)
      where c.table_catalog = current_database() ${internalTables}
      order by c.table_schema, c.table_name, c.ordinal_position`.execute(this.#db);

    const tables: (TableMetadata & { columns: ColumnMetadata[] })[] = [];
    for (const row of rows) {
      let table = tables.at(-1);
      if (table?.schema !== row.schema || table.name !== row.table) {
        table = {
          schema: row.schema,
          name: row.table,
          isView: row.table_type === 'VIEW',
          isForeign: false,
          columns: [],
        };
        tables.push(table);
      }
      table.columns.push({
        name: row.column,
        dataType: row.data_type,
        isNullable: row.is_nullable === 'YES',
        hasDefaultValue: row.column_default !== null,
        // DuckDB has no SERIAL; auto-increment is a sequence default.
        isAutoIncrementing: row.column_default?.startsWith('nextval(') ?? false,
        ...(row.comment === null ? {} : { comment: row.comment }),
      });
    }
    return tables;
  }
}
