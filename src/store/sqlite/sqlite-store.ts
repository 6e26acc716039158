// The SQLite store: one file (default ./dossier.db), WAL journal, migrations run on open.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../schema.js';
import { migrateToLatest } from '../migrations/index.js';
import { SqlStore } from '../sql/sql-store.js';
import type { SqlDialect } from '../sql/dialect.js';
import { sqliteSearch } from './sqlite-search.js';
import { withStatementCache } from './statement-cache.js';
import { DossierError } from '../../errors.js';

export const SQLITE_DIALECT: SqlDialect = { name: 'sqlite', search: sqliteSearch, batchRows: 500, least: 'min', greatest: 'max' };

export async function openSqliteStore(path: string): Promise<SqlStore> {
  let raw: Database.Database;
  try {
    raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    // WAL with synchronous=NORMAL stays consistent after a crash; it may lose only the last commits.
    raw.pragma('synchronous = NORMAL');
    // Foreign keys are declared for documentation and enforced by PostgreSQL, which runs the same
    // contract suite; in SQLite each check is an index lookup per inserted row, about a quarter
    // of ingestion's write time, for rows the store's own transactions already keep consistent.
    raw.pragma('foreign_keys = OFF');
    raw.pragma('busy_timeout = 5000');
    // Each document touches many index pages; checkpointing every 160 MB instead of every 4 MB
    // writes a page shared by many documents back to the file once instead of many times (on a
    // 40,000-document store, commits took 0.27 ms per document against 0.37 with checkpoints
    // every 40 MB; docs/knowledge-base.md). The write-ahead log grows that large while a store
    // is written, and goes when the last connection closes.
    raw.pragma('wal_autocheckpoint = 40000');
    raw.pragma('cache_size = -65536');
    // Each document is written in a savepoint of its batch's transaction, so that a failed
    // document rolls back alone; a savepoint keeps the original of every page it changes in a
    // statement journal, which in memory costs a copy instead of a temporary file's writes.
    raw.pragma('temp_store = MEMORY');
  } catch (err) {
    throw new DossierError('storage', `cannot open the SQLite database ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new SqlStore(db, SQLITE_DIALECT, path);
}
