// better-sqlite3 behind Kysely with prepared statements reused. Kysely prepares every query
// afresh, and for the small statements ingestion repeats per document, preparing costs about as
// much as running (a sixth of ingest time, measured with bench:ingest). Bounded twice: a number
// of statements, and only short statement texts (multi-row inserts of varying length rarely
// repeat, and their compiled programs are the large ones).
import type BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const CACHED_STATEMENTS = 1_000;
export const CACHED_TEXT_CHARS = 2_000;

export function withStatementCache(db: BetterSqlite3.Database, size = CACHED_STATEMENTS): SqliteDatabase {
  const cache = new LRUCache<string, BetterSqlite3.Statement>({ max: size });
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(text: string): SqliteStatement {
      if (text.length > CACHED_TEXT_CHARS) return db.prepare(text) as unknown as SqliteStatement;
      const cached = cache.get(text);
      if (cached && !cached.busy) return cached as unknown as SqliteStatement;
      const stmt = db.prepare(text);
      // A statement still iterating (busy) is used once beside the cached one.
      if (!cached) cache.set(text, stmt);
      return stmt as unknown as SqliteStatement;
    },
  };
}
