// Chooses and opens the store from command-line options and the environment: --pg URL or
// DOSSIER_PG_URL for PostgreSQL, otherwise SQLite at --db PATH, DOSSIER_DB or ./dossier.db.
import type { Store } from './store.js';
import { DossierError } from '../errors.js';

export interface StoreOptions {
  db?: string;
  pg?: string;
}

export const DEFAULT_SQLITE_PATH = 'dossier.db';

export async function openStore(opts: StoreOptions = {}, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  if (opts.db && opts.pg) throw new DossierError('invalid_input', 'choose one store: --db PATH (SQLite) or --pg URL (PostgreSQL)');
  const pgUrl = opts.pg ?? (opts.db ? undefined : env.DOSSIER_PG_URL);
  if (pgUrl) {
    if (!/^postgres(ql)?:\/\//.test(pgUrl)) throw new DossierError('invalid_input', 'a PostgreSQL URL starts with postgres:// or postgresql://');
    // Loaded on demand so SQLite users never load the pg driver, and the reverse.
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(pgUrl);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(opts.db ?? env.DOSSIER_DB ?? DEFAULT_SQLITE_PATH);
}
