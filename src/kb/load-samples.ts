// The sample corpus a fresh install starts with: plain-text articles (first line the headline)
// in <root>/articles/, with optional metadata in <root>/index.jsonl ({"file", "outlet", "published", "url"}).
// Loaded only into an empty store, so a user's own data is never mixed with samples.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { DossierError, asDossierError } from '../errors.js';
import { ingestDocument } from './ingest/ingest-document.js';

const SampleMeta = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1).nullish(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullish(),
  url: z.string().url().nullish(),
});
type SampleMeta = z.infer<typeof SampleMeta>;

export interface SampleLoad {
  loaded: number;
  failures: { file: string; message: string }[];
}

async function readIndex(path: string): Promise<Map<string, SampleMeta>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return new Map();
  }
  const out = new Map<string, SampleMeta>();
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DossierError('invalid_input', `${path} line ${i + 1}: not valid JSON`);
    }
    const meta = SampleMeta.safeParse(value);
    if (!meta.success) throw new DossierError('invalid_input', `${path} line ${i + 1}: ${meta.error.issues[0]!.message}`);
    out.set(meta.data.file, meta.data);
  }
  return out;
}

/** Ingests every .txt article of `<root>/articles` when the store holds no document; null when it was not empty. */
export async function loadSamplesIfEmpty(store: Store, root: string, onLoaded?: (file: string) => void): Promise<SampleLoad | null> {
  if ((await store.countDocuments()) > 0) return null;
  const dir = join(root, 'articles');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    throw new DossierError('not_found', `no sample folder ${dir}`);
  }
  const index = await readIndex(join(root, 'index.jsonl'));
  const result: SampleLoad = { loaded: 0, failures: [] };
  for (const file of files) {
    const meta = index.get(file);
    try {
      const raw = await readFile(join(dir, file), 'utf8');
      await ingestDocument(store, {
        label: join(dir, file), raw, format: 'text', lang: 'auto', outlet: meta?.outlet ?? null, published: meta?.published ?? null,
        url: meta?.url ?? null, sourceId: `sample:${file}`,
      });
      result.loaded++;
      onLoaded?.(file);
    } catch (err) {
      result.failures.push({ file, message: asDossierError(err).message });
    }
  }
  return result;
}
