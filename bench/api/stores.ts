// The 100,000-document stores the API benchmark loads: built once from the project's fixtures
// (bench/kb/corpus.ts, extractions supplied, so the content does not depend on the extractor of
// the day) through the same ingest path as the product, then reused while the corpus is unchanged.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { ingestDocument } from '../../src/kb/ingest/ingest-document.js';
import { copySqliteToPostgres } from './copy-to-postgres.js';
import { multiplyDocuments } from './multiply.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { SqlStore } from '../../src/store/sql/sql-store.js';
import { CORPUS_VERSION, corpus } from '../kb/corpus.js';
import { fmt } from '../kb/measure.js';

async function fill(store: SqlStore, docs: number, label: string): Promise<void> {
  const started = performance.now();
  let n = 0;
  for (const d of corpus(docs)) {
    await ingestDocument(store, {
      label: `corpus ${d.n}`, raw: d.text, title: d.title, outlet: d.outlet, published: d.published, lang: d.language,
      extraction: d.extraction, extractor: 'bench-fixtures',
    });
    if (++n % 10_000 === 0) process.stderr.write(`${label}: ${n} documents, ${fmt(n / ((performance.now() - started) / 1000), 0)} docs/s\n`);
  }
  process.stderr.write(`${label}: built ${docs} documents in ${fmt((performance.now() - started) / 1000, 0)} s\n`);
}

export interface BenchStore {
  path: string;
  /** How its documents came to be, for the report. */
  how: string;
}

/**
 * The SQLite store: bench:show's store of as many documents when there is one (every document
 * ingested), otherwise 10,000 ingested documents (bench:show's, or built here) repeated to the
 * count asked for (see multiply.ts). Built once and kept in the temp dir.
 */
export async function sqliteBenchStore(docs: number): Promise<BenchStore> {
  const dir = join(tmpdir(), 'dossier-bench');
  mkdirSync(dir, { recursive: true });
  const ingested = join(dir, `show-${docs}-${CORPUS_VERSION}.db`);
  if (existsSync(ingested)) return { path: ingested, how: `${docs} documents, each ingested` };
  const base = Math.min(docs, 10_000);
  if (docs % base !== 0) throw new Error(`--docs must be a multiple of ${base}`);
  const times = docs / base;
  const how = times > 1 ? `${base} ingested documents, each repeated ${times} times under new ids` : `${docs} documents, each ingested`;
  const path = join(dir, `api-${base}x${times}-${CORPUS_VERSION}.db`);
  if (existsSync(path)) return { path, how };
  const partial = join(dir, `api-${process.pid}.building.db`);
  const baseFile = join(dir, `show-${base}-${CORPUS_VERSION}.db`);
  if (existsSync(baseFile)) {
    const src = new Database(baseFile, { readonly: true });
    await src.backup(partial).finally(() => src.close());
  } else {
    const store = await openSqliteStore(partial);
    try {
      await fill(store, base, 'sqlite');
      await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
    } finally {
      await store.close();
    }
  }
  if (times > 1) await multiplyDocuments(partial, times);
  if (!existsSync(path)) renameSync(partial, path);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  return { path, how };
}

/** A PostgreSQL database of its own on the test server holding a copy of the SQLite store, kept between runs. */
export async function postgresBenchStore(server: string, docs: number, sqlitePath: string): Promise<string> {
  const name = `dossier_bench_api_${docs}_${CORPUS_VERSION}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount !== 0;
    if (exists) {
      const store = await openPostgresStore(url.toString());
      const have = await store.countDocuments().finally(() => store.close());
      if (have === docs) return url.toString();
      await admin.query(`drop database ${name} with (force)`);
    }
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  await copySqliteToPostgres(sqlitePath, url.toString());
  return url.toString();
}

/** Persons to ask for: a seeded random sample, and the one named in the most documents. */
export async function benchPersons(store: SqlStore, count: number): Promise<{ random: number[]; famous: { id: number; documents: number } }> {
  const ids = (await store.db.selectFrom('entities').select('id').where('merged_into', 'is', null).where('kind', '=', 'person').orderBy('id').execute()).map((r) => r.id);
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const random = Array.from({ length: count }, () => ids[Math.floor(rand() * ids.length)]!);
  const top = await store.db.selectFrom('doc_entities as de').innerJoin('entities as e', 'e.id', 'de.entity_id')
    .select((eb) => ['de.entity_id', eb.fn.count<number>('de.document_id').distinct().as('n')])
    .where('e.kind', '=', 'person').groupBy('de.entity_id').orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
  return { random, famous: { id: top.entity_id, documents: Number(top.n) } };
}
