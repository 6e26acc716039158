// Where the benchmarks find the project root, its fixtures and the shared evaluation set.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('project root not found');
}

/** ../shared next to the repository, or DOSSIER_SHARED. */
export function sharedDir(): string {
  return process.env.DOSSIER_SHARED ?? resolve(projectRoot(), '..', 'shared');
}
