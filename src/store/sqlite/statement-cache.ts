// better-sqlite3 behind Kysely with prepared statements reused: Kysely prepares every query
// afresh, and for the small repeated statements of ingestion preparing costs more than running.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export function withStatementCache(db: BetterSqlite3.Database, size = 256): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
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
