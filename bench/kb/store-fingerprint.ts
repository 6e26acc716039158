// What a kept benchmark store was built by: a hash of the modules that decide what ingestion
// writes (resolution and ingestion, the store and its migrations, names, the model), so that a
// store built by other code is built again instead of being measured as this code's.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS = ['kb', 'store', 'names', 'model'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.(js|ts)$/.test(e.name) && !/\.test\.|\.d\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Twelve hex digits: the same for the same code (compiled or source, whichever runs). */
export function storeFingerprint(): string {
  // bench/kb → the src folder beside bench (dist/src when compiled).
  const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
  const hash = createHash('sha256');
  for (const part of PARTS) {
    for (const file of files(join(src, part)).sort()) hash.update(file.slice(src.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}
