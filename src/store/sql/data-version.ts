// A cheap token that changes when the stored data may have changed through another connection,
// so readers can keep results until it moves. SQLite: `pragma data_version` (per connection,
// moves when another connection commits). PostgreSQL: the write-ahead log position (cluster-wide,
// so it also moves for writes elsewhere: a spurious change costs a recomputation, never staleness).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { SqlDialectName } from './dialect.js';

export async function dataVersion(db: Kysely<Database>, dialect: SqlDialectName): Promise<string> {
  if (dialect === 'sqlite') {
    const r = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return `sqlite:${r.rows[0]?.data_version ?? 0}`;
  }
  // On a standby the replay position moves instead; COALESCE stops before the primary-only function.
  const r = await sql<{ lsn: string }>`select coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text as lsn`.execute(db);
  return `pg:${r.rows[0]?.lsn ?? ''}`;
}
