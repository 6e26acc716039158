// better-sqlite3 behind Kysely with prepared statements reused. Kysely prepares every query
// afresh, and for the small statements ingestion repeats per document, preparing costs about as
// much as running (a sixth of ingest time, measured with bench:ingest). Bounded twice: a number
// of statements, and only short statement texts (multi-row inserts of varying length rarely
// repeat, and their compiled programs are the large ones).
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const CACHED_STATEMENTS = 1_000;
export const CACHED_TEXT_CHARS = 2_000;

export function withStatementCache(db: BetterSqlite3.Database, size = CACHED_STATEMENTS): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(text: string): SqliteStatement {
      if (text.length > CACHED_TEXT_CHARS) return db.prepare(text) as unknown as SqliteStatement;
      let stmt = cache.get(text);
      if (stmt && !stmt.busy) {
        // Refresh its place so the least recently used statement is evicted first.
        cache.delete(text);
        cache.set(text, stmt);
        return stmt as unknown as SqliteStatement;
      }
      stmt = db.prepare(text);
      if (!cache.has(text)) {
        cache.set(text, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}
