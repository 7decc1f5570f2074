import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The data files an import reads: `path` itself when it is a file, otherwise the files in the folder whose
 * names match, sorted by name so that a folder always imports in the same order.
 */
export async function inputFiles(path: string, matches: RegExp): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => matches.test(name)).sort();
  if (names.length === 0) throw new Error(`${path}: no file matching ${matches} in this folder`);
  return names.map((name) => join(path, name));
}
