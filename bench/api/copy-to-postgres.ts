// The PostgreSQL benchmark store as a copy of the SQLite one: the same rows, table by table, into
// a database the PostgreSQL store migrated itself, plus what only PostgreSQL keeps (the full-text
// vectors, computed as the store computes them). Ingesting 100,000 documents one by one over the
// network takes hours on this machine; copying takes minutes and gives the same content.
import Database from 'better-sqlite3';
import pg from 'pg';
import { foldName } from '../../src/names/normalize.js';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.js';
import { fmt } from '../kb/measure.js';

/** Parents before children, for the foreign keys; other tables follow in any order. */
const FIRST = ['documents', 'entities'];
const SKIP = new Set(['kysely_migration', 'kysely_migration_lock', 'document_search']);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function copySqliteToPostgres(sqlitePath: string, url: string): Promise<void> {
  // Opening the store creates and migrates the schema.
  await (await openPostgresStore(url)).close();
  const started = performance.now();
  const src = new Database(sqlitePath, { readonly: true });
  const dst = new pg.Client({ connectionString: url });
  await dst.connect();
  try {
    const pgTables = (await dst.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")).rows.map((r) => r.table_name);
    const sqliteTables = new Set((src.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const tables = pgTables.filter((t) => !SKIP.has(t) && sqliteTables.has(t)).sort((a, b) => {
      const ia = FIRST.indexOf(a);
      const ib = FIRST.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    await dst.query('begin');
    for (const table of tables) {
      const pgColumns = new Set((await dst.query<{ column_name: string }>(
        'select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1', [table])).rows.map((r) => r.column_name));
      const columns = (src.prepare(`pragma table_info(${quote(table)})`).all() as { name: string }[]).map((c) => c.name).filter((c) => pgColumns.has(c));
      const perInsert = Math.max(1, Math.floor(30_000 / columns.length));
      let batch: unknown[][] = [];
      let rows = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch.map((_, i) => `(${columns.map((__, j) => `$${i * columns.length + j + 1}`).join(', ')})`).join(', ');
        await dst.query(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${values}`, batch.flat());
        rows += batch.length;
        batch = [];
      };
      for (const row of src.prepare(`select ${columns.map(quote).join(', ')} from ${quote(table)}`).raw().iterate()) {
        batch.push(row as unknown[]);
        if (batch.length >= perInsert) await flush();
      }
      await flush();
      process.stderr.write(`postgres copy: ${table} ${rows} rows\n`);
    }
    // The full-text vectors, folded exactly as the PostgreSQL store folds them when it indexes.
    let batch: [number, string][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const values = batch.map((_, i) => `($${i * 2 + 1}, to_tsvector('simple', $${i * 2 + 2}))`).join(', ');
      await dst.query(`insert into document_search (document_id, search) values ${values}`, batch.flat());
      batch = [];
    };
    for (const row of src.prepare('select id, title, text from documents').iterate() as Iterable<{ id: number; title: string | null; text: string }>) {
      batch.push([row.id, foldName(`${row.title ?? ''} ${row.text}`)]);
      if (batch.length >= 200) await flush();
    }
    await flush();
    const identities = (await dst.query<{ table_name: string; column_name: string }>(
      "select table_name, column_name from information_schema.columns where table_schema = current_schema() and is_identity = 'YES'")).rows;
    for (const { table_name: t, column_name: c } of identities) {
      await dst.query(`select setval(pg_get_serial_sequence($1, $2), greatest(1, coalesce((select max(${quote(c)}) from ${quote(t)}), 1)))`, [quote(t), c]);
    }
    await dst.query('commit');
    await dst.query('analyze');
    process.stderr.write(`postgres copy: done in ${fmt((performance.now() - started) / 1000, 0)} s\n`);
  } catch (err) {
    await dst.query('rollback').catch(() => {});
    throw err;
  } finally {
    src.close();
    await dst.end();
  }
}
