// bench:show: how fast `dossier show` answers on a SQLite store of 100,000 documents built
// from the project's fixtures (their extractions supplied, so the store's content does not
// depend on the extractor of the day). The store is built once and kept in the temp dir, named
// after the code that wrote it (storeFingerprint): a change to resolution or to the store
// builds it again.
//   node --expose-gc dist/bench/show.js [--docs 100000] [--samples 300] [--rebuild]
// Targets: median under 50 ms, p99 under 200 ms.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { entityDossier } from '../src/kb/dossier.js';
import { ingestDocument } from '../src/kb/ingest/ingest-document.js';
import { inBatches } from '../src/kb/ingest/batches.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { CORPUS_VERSION, corpus } from './kb/corpus.js';
import { mulberry32 } from './kb/rng.js';
import { storeFingerprint } from './kb/store-fingerprint.js';
import { args, fmt, intArg, percentile, sampleMemory } from './kb/measure.js';

async function build(path: string, docs: number): Promise<void> {
  const partial = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  const store = await openSqliteStore(partial);
  const started = performance.now();
  let n = 0;
  // In batches, as `dossier ingest` writes.
  await inBatches(store, corpus(docs), async (batch, d) => {
    await batch.inBatch((one) => ingestDocument(one, { label: `corpus ${d.n}`, raw: d.text, title: d.title, outlet: d.outlet, published: d.published, lang: d.language, extraction: d.extraction, extractor: 'bench-fixtures' }));
    if (++n % 10_000 === 0) {
      const m = sampleMemory(n);
      process.stderr.write(`building: ${n} documents, ${fmt(n / ((performance.now() - started) / 1000))} docs/s, rss ${fmt(m.rssMb, 0)} MB, heap ${fmt(m.heapMb, 0)} MB\n`);
    }
  });
  // Fold the write-ahead log into the file so the timed runs start from one compact database.
  await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
  await store.close();
  renameSync(partial, path);
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  console.log(`built the store: ${docs} documents in ${fmt((performance.now() - started) / 1000)} s (fixture extractions supplied, no extractor)`);
}

async function entitySample(store: SqlStore, count: number): Promise<{ random: number[]; famous: number[] }> {
  const ids = (await store.db.selectFrom('entities').select('id').where('merged_into', 'is', null).where('kind', 'in', ['person', 'organization']).execute()).map((r) => r.id);
  const rand = mulberry32(42);
  const random = Array.from({ length: count }, () => ids[Math.floor(rand() * ids.length)]!);
  const famous = (await store.db.selectFrom('doc_entities').select((eb) => ['entity_id', eb.fn.countAll<number>().as('n')])
    .groupBy('entity_id').orderBy('n', 'desc').limit(20).execute()).map((r) => r.entity_id);
  return { random, famous };
}

async function time(store: SqlStore, ids: number[]): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) {
    const t = performance.now();
    await entityDossier(store, String(id));
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

function line(name: string, ms: number[]): string {
  return `  ${name.padEnd(34)} n=${String(ms.length).padEnd(4)} median ${fmt(percentile(ms, 50)).padStart(6)} ms   p90 ${fmt(percentile(ms, 90)).padStart(6)} ms   p99 ${fmt(percentile(ms, 99)).padStart(6)} ms   max ${fmt(ms[ms.length - 1] ?? NaN).padStart(6)} ms`;
}

async function main(): Promise<void> {
  const a = args();
  const docs = intArg(a, 'docs', 100_000);
  const samples = intArg(a, 'samples', 300);
  const dir = join(tmpdir(), 'dossier-bench');
  mkdirSync(dir, { recursive: true });
  const name = `show-${docs}-${CORPUS_VERSION}-${storeFingerprint()}.db`;
  const path = join(dir, name);
  // Stores of the same size built by other code are not measured again: they go.
  for (const old of readdirSync(dir)) if (old.startsWith(`show-${docs}-`) && old.endsWith('.db') && old !== name) rmSync(join(dir, old), { force: true });
  console.log(`bench:show ${new Date().toISOString().slice(0, 10)} · node ${process.version} · store ${path}`);
  if (a.has('rebuild')) rmSync(path, { force: true });
  if (!existsSync(path)) await build(path, docs);

  const store = await openSqliteStore(path);
  try {
    console.log(`store: ${await store.countDocuments()} documents`);
    const { random, famous } = await entitySample(store, samples);
    await time(store, random.slice(0, 20)); // warm the page cache and the JIT
    const r = await time(store, random);
    const f = await time(store, famous);
    const all = [...r, ...f].sort((x, y) => x - y);
    console.log('`dossier show` in-process (entityDossier, JSON-ready result):');
    console.log(line('random persons and organizations', r));
    console.log(line('the 20 most-mentioned entities', f));
    console.log(line('all', all));
    const cli = join(import.meta.dirname, '..', 'src', 'cli', 'main.js');
    const wall: number[] = [];
    for (const id of random.slice(0, 15)) {
      const t = performance.now();
      const p = spawnSync(process.execPath, [cli, 'show', String(id), '--db', path, '--format', 'json'], { encoding: 'utf8' });
      if (p.status !== 0) throw new Error(`dossier show ${id} failed: ${p.stderr}`);
      wall.push(performance.now() - t);
    }
    console.log('`dossier show ID --format json` as a command (node start-up included):');
    console.log(line('random entities', wall.sort((x, y) => x - y)));
  } finally {
    await store.close();
  }
}

await main();
