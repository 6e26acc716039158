// The PostgreSQL store for teams and scale-out: a pg connection pool, migrations run on open.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from '../schema.js';
import { migrateToLatest } from '../migrations/index.js';
import { SqlStore } from '../sql/sql-store.js';
import { CandidateCache, ONE_DOCUMENT_ENTRIES } from '../sql/candidate-cache.js';
import type { SqlDialect } from '../sql/dialect.js';
import { postgresSearch } from './postgres-search.js';
import { DossierError } from '../../errors.js';

export const POSTGRES_DIALECT: SqlDialect = { name: 'postgres', search: postgresSearch, batchRows: 500, least: 'least', greatest: 'greatest' };

/** The URL as it may be shown: no password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export async function openPostgresStore(url: string, options: { maxConnections?: number } = {}): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4 });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DossierError('storage', `cannot connect to PostgreSQL at ${redactUrl(url)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateToLatest(db, 'postgres');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return new SqlStore(db, POSTGRES_DIALECT, redactUrl(url), new CandidateCache(ONE_DOCUMENT_ENTRIES));
}
