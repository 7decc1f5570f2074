import { DialectAdapterBase } from 'kysely';

export class DuckDbAdapter extends DialectAdapterBase {
  // One DuckDBConnection runs one statement at a time; this makes Kysely serialise its users.
  override get supportsMultipleConnections(): boolean {
    return false;
  }

  override get supportsTransactionalDdl(): boolean {
    return true;
  }

  override get supportsReturning(): boolean {
    return true;
  }

  // DuckDB has no advisory locks, and none are needed: one process owns the database file and
  // Kysely holds the only connection from acquireMigrationLock to releaseMigrationLock.
  async acquireMigrationLock(): Promise<void> {}

  async releaseMigrationLock(): Promise<void> {}
}
