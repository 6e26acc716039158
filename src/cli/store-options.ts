// The store options every knowledge-base command shares (--db PATH, --pg URL) and a helper
// that opens the store for one command and always closes it.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { Store } from '../store/store.js';

export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'SQLite database file (default: DOSSIER_DB or ./dossier.db)')
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (default: DOSSIER_PG_URL)');
}

export async function withStore<T>(opts: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ db: opts.db, pg: opts.pg });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Who an analyst decision is recorded as: --by, else DOSSIER_ANALYST, else the login name. */
export function analystName(by: string | undefined): string {
  if (by?.trim()) return by.trim();
  if (process.env.DOSSIER_ANALYST?.trim()) return process.env.DOSSIER_ANALYST.trim();
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
