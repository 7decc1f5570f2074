import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export interface PendingMigration {
  version: number;
  name: string;
  file: string;
  sql: string;
}

/** The numbered `NNNN_name.sql` files of a folder whose version is not applied yet, in order. */
export async function pendingMigrations(folder: string, applied: ReadonlySet<number>): Promise<PendingMigration[]> {
  const pending: PendingMigration[] = [];
  for (const file of (await readdir(folder)).sort()) {
    const [, number, name] = FILE_NAME.exec(file) ?? [];
    if (!number || !name || applied.has(Number(number))) continue;
    pending.push({ version: Number(number), name, file, sql: await readFile(join(folder, file), 'utf8') });
  }
  return pending;
}
