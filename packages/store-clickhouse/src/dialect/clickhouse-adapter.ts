import { DialectAdapterBase } from 'kysely';

/** ClickHouse runs no transactions, has no RETURNING, and needs no lock around migrations run by one process. */
export class ClickHouseAdapter extends DialectAdapterBase {
  override get supportsTransactionalDdl(): boolean {
    return false;
  }

  override get supportsReturning(): boolean {
    return false;
  }

  override async acquireMigrationLock(): Promise<void> {}

  override async releaseMigrationLock(): Promise<void> {}
}
