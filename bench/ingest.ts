// bench:ingest: documents per second into the knowledge base, extraction included, on a
// corpus built from the project's fixtures; SQLite for the full 100,000 documents with memory
// sampled as it grows, and PostgreSQL for a smaller run. Prints figures; asserts nothing.
//   MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 node --expose-gc --max-semi-space-size=32 --compact-on-every-full-gc --heap-growing-percent=100 dist/bench/ingest.js [--docs 100000] [--pg-docs 10000] [--no-pg] [--supplied]
// (the malloc and V8 settings the `dossier` command runs with, see its shebang, as `npm run bench:ingest` does)
//   --supplied stores the fixtures' own extractions instead of running the extractor.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTRACTOR_VERSION } from '../src/extract/pipeline.js';
import { extractAhead, ingestDocument, type IngestInput } from '../src/kb/ingest/ingest-document.js';
import { BATCH_LIMITS, inBatches } from '../src/kb/ingest/batches.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { TempPostgres } from '../src/store/contract/test-stores.js';
import type { Store } from '../src/store/store.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { corpus, wordCount, type CorpusDoc } from './kb/corpus.js';
import { corpusResolution, type CorpusResolution } from './kb/corpus-resolution.js';
import { args, fmt, intArg, sampleMemory, slopePer10k, type MemorySample } from './kb/measure.js';

interface RunResult {
  docs: number;
  words: number;
  seconds: number;
  /** CPU seconds of this process spent ingesting (the machine is shared; wall time includes waiting). */
  cpuSeconds: number;
  extract: number;
  resolve: number;
  save: number;
  failed: number;
  memory: MemorySample[];
  /** Distinct invented persons the corpus drew for these documents. */
  persons: number;
  census: string;
  identities: CorpusResolution | null;
}

function input(d: CorpusDoc, supplied: boolean): IngestInput {
  const base = { label: `corpus ${d.n}`, raw: d.text, title: d.title, outlet: d.outlet, published: d.published, lang: d.language };
  return supplied ? { ...base, extraction: d.extraction, extractor: 'bench-fixtures' } : base;
}

/**
 * The corpus with its generation (and memory sampling) timed apart, wall clock and CPU, so
 * that only ingestion is counted: documents go through `dossier ingest`'s batches (inBatches).
 */
function* timedCorpus(count: number, paused: { ms: number; cpuUs: number }, between: (docs: number) => void): Generator<CorpusDoc> {
  let docs = 0;
  const gen = corpus(count);
  for (;;) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    if (docs > 0) between(docs);
    const next = gen.next();
    const used = process.cpuUsage(cpu);
    paused.ms += performance.now() - t;
    paused.cpuUs += used.user + used.system;
    if (next.done) return;
    docs++;
    yield next.value;
  }
}

async function run(store: Store, count: number, supplied: boolean, sampleEvery: number, label: string): Promise<RunResult> {
  const r: RunResult = { docs: 0, words: 0, seconds: 0, cpuSeconds: 0, extract: 0, resolve: 0, save: 0, failed: 0, memory: [sampleMemory(0)], persons: 0, census: '', identities: null };
  // The stored document of each corpus document, for the identity check after the run.
  const documentOf = new Int32Array(count + 1);
  const drawn = new Set<number>();
  const paused = { ms: 0, cpuUs: 0 };
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const busy = () => performance.now() - started - paused.ms;
  const cpuBusy = () => {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system - paused.cpuUs) / 1000;
  };
  // The figures of the interval since the previous sample: a store that slows as it grows shows here.
  let last = { docs: 0, cpuMs: 0, extract: 0, resolve: 0, save: 0 };
  const sample = (docs: number) => {
    if (docs % sampleEvery !== 0) return;
    const now = { docs, cpuMs: cpuBusy(), extract: r.extract, resolve: r.resolve, save: r.save };
    const n = docs - last.docs;
    const per = (k: 'extract' | 'resolve' | 'save') => fmt((now[k] - last[k]) / n, 2);
    const interval = `last ${n}: ${fmt(n / ((now.cpuMs - last.cpuMs) / 1000))} per CPU s (extract ${per('extract')}, resolve ${per('resolve')}, write ${per('save')} ms)`;
    last = now;
    r.memory.push(sampleMemory(docs));
    const m = r.memory[r.memory.length - 1]!;
    process.stderr.write(`${label}: ${docs} documents, ${fmt(docs / (busy() / 1000))} docs/s; ${interval}; rss ${fmt(m.rssMb, 0)} MB (peak ${m.peakRssMb === null ? '?' : fmt(m.peakRssMb, 0)}), heap ${fmt(m.heapMb, 0)} MB (committed ${fmt(m.committedMb, 0)}, external ${fmt(m.externalMb, 0)})\n`);
  };
  const docs = function* () {
    for (const d of timedCorpus(count, paused, sample)) yield { d, input: input(d, supplied) };
  };
  await inBatches(store, docs(), async (batch, { d, input }) => {
    try {
      const o = await batch.inBatch((one) => ingestDocument(one, input));
      documentOf[d.n] = o.documentId;
      r.extract += o.timings.extract;
      r.resolve += o.timings.resolve;
      r.save += o.timings.save;
    } catch (err) {
      r.failed++;
      if (r.failed <= 3) process.stderr.write(`${label}: document ${d.n} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    r.docs++;
    r.words += wordCount(d.text);
    for (const p of d.persons) drawn.add(p);
  }, BATCH_LIMITS, (base, block) => extractAhead(base, block.map((b) => b.input)));
  r.seconds = busy() / 1000;
  const cpu = process.cpuUsage(cpuStart);
  r.cpuSeconds = (cpu.user + cpu.system - paused.cpuUs) / 1e6;
  // The census is a check of the result, not part of ingesting: counted after the clocks stop.
  r.persons = drawn.size;
  r.census = await census(store as SqlStore);
  r.identities = await corpusResolution(store as SqlStore, count, documentOf);
  if (r.docs % sampleEvery !== 0) r.memory.push(sampleMemory(r.docs));
  process.stderr.write(`${label}: corpus generation and memory samples took ${fmt(paused.ms / 1000)} s (not counted)\n`);
  return r;
}

/** Person entities against the persons the corpus drew: duplicates would show here (not timed). */
async function census(store: SqlStore): Promise<string> {
  const persons = store.db.selectFrom('entities').where('kind', '=', 'person').where('merged_into', 'is', null);
  const byOrigin = await persons.select(['origin', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('origin').execute();
  const [top] = await persons.select(['name', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('name').orderBy('n', 'desc').limit(1).execute();
  const n = (o: string) => Number(byOrigin.find((r) => r.origin === o)?.n ?? 0);
  return `${n('resolver') + n('undecided') + n('analyst')} person entities (${n('undecided')} of them holding a name's undecidable mentions); `
    + `at most ${top ? `${Number(top.n)} share one name ("${top.name}")` : '0 share one name'}`;
}

function report(name: string, r: RunResult): void {
  const per = (ms: number) => fmt(ms / r.docs, 2);
  console.log(`\n${name}`);
  console.log(`  documents          ${r.docs} (${fmt(r.words / r.docs, 0)} words each on average), ${r.failed} failed`);
  console.log(`  throughput         ${fmt(r.docs / r.seconds)} documents/s wall clock (${fmt(r.words / r.seconds, 0)} words/s) over ${fmt(r.seconds)} s`);
  console.log(`  per CPU second     ${fmt(r.docs / r.cpuSeconds)} documents (${fmt(r.cpuSeconds)} CPU s; the difference to wall clock is waiting for disk, database or a busy machine)`);
  console.log(`  per document       extract ${per(r.extract)} ms, resolve ${per(r.resolve)} ms, write ${per(r.save)} ms, commits and the rest ${per(r.seconds * 1000 - r.extract - r.resolve - r.save)} ms`);
  console.log(`  resolution         ${r.persons} persons drawn by the corpus; ${r.census}`);
  const id = r.identities;
  if (id) {
    const pct = (n: number) => fmt((100 * n) / Math.max(1, id.identified), 1);
    console.log(`  identities         ${id.identified} of ${id.mentions} person mentions matched to the invented person written (${pct(id.held)}% of them wait in holders); `
      + `${id.persons} invented persons over ${fmt(id.entitiesPerPerson, 2)} entities each (holders aside)`);
    console.log(`  wrong merges       ${id.mixed} entities hold two or more invented persons (${id.mixedMentions} mentions, ${pct(id.mixedMentions)}%)`
      + `${id.worst ? `; the most: "${id.worst.name}" with ${id.worst.persons.length} (${id.worst.persons.slice(0, 4).join('; ')})` : ''}`);
    console.log(`                     mentions of another person than their entity's main one: ${id.misplacedShared} written with a name several invented persons share `
      + `(${pct(id.misplacedShared)}%), ${id.misplacedOwn} with a name only one has (${pct(id.misplacedOwn)}%)`);
  }
  // rss: as the work left it; peak: the highest since the row before; heap: live, after a full
  // collection; committed: what V8 holds for the heap after that collection.
  console.log('  memory             docs      rss MB  peak rss MB   heap MB  committed MB  external MB');
  const col = (n: number | null, w: number) => (n === null ? '?' : fmt(n, 0)).padStart(w);
  for (const m of r.memory) console.log(`                     ${String(m.docs).padStart(7)}  ${col(m.rssMb, 7)}  ${col(m.peakRssMb, 11)}  ${col(m.heapMb, 7)}  ${col(m.committedMb, 12)}  ${col(m.externalMb, 11)}`);
  // Whether memory is flat once the caches have warmed up: the slopes from 30% of the run on.
  const from = Math.round((0.3 * r.docs) / 1000) * 1000;
  const slope = (f: (m: MemorySample) => number | null) => {
    const v = slopePer10k(r.memory, from, f);
    return v === null ? '?' : `${v >= 0 ? '+' : ''}${fmt(v, 1)} MB`;
  };
  console.log(`  memory trend       per 10,000 documents from ${from} on (median slopes; flat is about 0): peak rss ${slope((m) => m.peakRssMb)}, `
    + `live heap ${slope((m) => m.heapMb)}, outside the heap ${slope((m) => m.externalMb)}`);
}

/**
 * Documents between samples: about `samples` of them in a run, at least 1,000 apart, and a
 * multiple of the 100-document blocks ingestion reads ahead (batches.ts), so that each sample
 * falls between blocks.
 */
function sampleEvery(count: number, samples: number): number {
  return Math.max(1000, Math.floor(count / samples / 100) * 100);
}

async function main(): Promise<void> {
  const a = args();
  const docs = intArg(a, 'docs', 100_000);
  const pgDocs = intArg(a, 'pg-docs', 10_000);
  const supplied = a.has('supplied');
  const mode = supplied ? 'fixture extractions supplied (no extractor)' : `extractor ${EXTRACTOR_VERSION} included`;
  console.log(`bench:ingest ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${mode}`);

  if (docs > 0) {
    const path = join(tmpdir(), `dossier-bench-ingest-${process.pid}.db`);
    const sqlite = await openSqliteStore(path);
    try {
      report(`SQLite (${path})`, await run(sqlite, docs, supplied, sampleEvery(docs, 10), 'sqlite'));
    } finally {
      await sqlite.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    }
  }

  if (!a.has('no-pg') && pgDocs > 0) {
    const pg = new TempPostgres();
    await pg.create();
    try {
      const store = await pg.open();
      try {
        report(`PostgreSQL (database ${pg.database}, dropped afterwards)`, await run(store, pgDocs, supplied, sampleEvery(pgDocs, 5), 'postgres'));
      } finally {
        await store.close();
      }
    } finally {
      await pg.drop();
    }
  }
}

await main();
