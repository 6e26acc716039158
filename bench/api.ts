// bench:api: the person dossier endpoint under load, from a second process on loopback, against
// stores of 100,000 documents (SQLite, then PostgreSQL), and the size of the first page's
// JavaScript. Prints figures; asserts nothing.
//   node dist/bench/api.js [--docs 100000] [--seconds 15] [--connections 10] [--no-pg]
// Targets: SQLite at least 1,000 requests/s with p99 under 100 ms; first-page JS under 400 KB gzipped.
import { cpus } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open-store.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { TEST_PG_SERVER } from '../src/store/contract/test-stores.js';
import { firstPageJs } from './api/bundle.js';
import { load, type LoadResult } from './api/load.js';
import { startServerProcess } from './api/server.js';
import { benchPersons, postgresBenchStore, sqliteBenchStore } from './api/stores.js';
import { args, fmt, intArg } from './kb/measure.js';

function row(label: string, r: LoadResult): string {
  return `  ${label.padEnd(52)} ${fmt(r.rps, 0).padStart(7)} req/s   p50 ${fmt(r.p50, 0).padStart(4)} ms   p99 ${fmt(r.p99, 0).padStart(5)} ms   (${r.requests} requests, ${r.failures} failed)`;
}

async function measure(storeArgs: string[], name: string, opts: { connections: number; seconds: number; withCache: boolean }): Promise<void> {
  const store = (await openStore(storeArgs[0] === '--db' ? { db: storeArgs[1] } : { pg: storeArgs[1] })) as SqlStore;
  const persons = await (async () => { try { return await benchPersons(store, 500); } finally { await store.close(); } })();
  const paths = persons.random.map((id) => `/api/entities/${id}`);
  const famous = [`/api/entities/${persons.famous.id}`];
  console.log(`${name}: ${persons.random.length} random persons; the most reported person is in ${persons.famous.documents} documents`);
  const runs: [string, string[], number][] = [
    ['random persons, no cache', paths, 0],
    ['the most reported person, no cache', famous, 0],
  ];
  if (opts.withCache) {
    runs.push(['random persons, read cache (default), each asked before', paths, 60_000]);
    runs.push(['the most reported person, read cache (default)', famous, 60_000]);
  }
  for (const [label, list, ttl] of runs) {
    const server = await startServerProcess(storeArgs, ttl);
    try {
      // Warm-up: without the cache, a few seconds of the same load (JIT, page cache); with it,
      // every path once, so the run measures answers from a warm cache.
      if (ttl === 0) await load(server.url, list, { connections: opts.connections, seconds: 3 });
      else await load(server.url, list, { connections: Math.min(2, list.length), seconds: 600, amount: list.length });
      console.log(row(label, await load(server.url, list, opts)));
    } finally {
      await server.stop();
    }
  }
}

async function main(): Promise<void> {
  const a = args();
  const docs = intArg(a, 'docs', 100_000);
  const seconds = intArg(a, 'seconds', 15);
  const connections = intArg(a, 'connections', 10);
  console.log(`bench:api ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus().length} CPUs (shared) · ${connections} connections, ${seconds} s per run`);
  console.log('GET /api/entities/{id} (the person dossier), server and load generator in separate processes on loopback');

  const sqlite = await sqliteBenchStore(docs);
  await measure(['--db', sqlite.path], `SQLite ${sqlite.path} (${sqlite.how})`, { connections, seconds, withCache: true });
  if (!a.has('no-pg')) {
    const url = await postgresBenchStore(TEST_PG_SERVER, docs, sqlite.path);
    await measure(['--pg', url], `PostgreSQL ${new URL(url).pathname.slice(1)} (a copy of the SQLite store)`, { connections, seconds, withCache: true });
  }

  const js = firstPageJs(join(import.meta.dirname, '..', 'web'));
  console.log(`first page JavaScript: ${fmt(js.gzip / 1024)} KB gzipped (${js.files.map((f) => `${f.file} ${fmt(f.bytes / 1024)} KB, ${fmt(f.gzip / 1024)} KB gz`).join('; ')})`);
}

await main();
