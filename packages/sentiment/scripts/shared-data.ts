import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/**
 * A shared data set's folder: beside the repository (../shared/data), or under TANDEM_SHARED_DATA. Scripts run
 * under Node's type stripping, so they cannot load @tandem/fixtures' sources, which give the same answer.
 */
export function sharedDataFolder(name: string): string {
  const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const root = process.env['TANDEM_SHARED_DATA'] ?? join(repoRoot, '..', 'shared', 'data');
  const folder = resolve(root, name);
  if (!existsSync(folder)) throw new Error(`the shared data set ${name} is missing at ${folder}`);
  return folder;
}
