// What differs between the SQL databases behind the shared Kysely code: the name, and how
// document text is indexed and searched (SQLite FTS5 versus PostgreSQL tsvector).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

export type SqlDialectName = 'sqlite' | 'postgres';

export interface SearchRow {
  id: number;
  rank: number;
}

export interface TextSearch {
  /** Adds (or replaces) a document in the full-text index, inside the caller's transaction. */
  index(trx: Transaction<Database>, doc: { id: number; title: string | null; text: string }): Promise<void>;
  /** Drops a document from the index. */
  remove(trx: Transaction<Database>, doc: { id: number; title: string | null; text: string }): Promise<void>;
  /** Ids of matching documents, best first. `terms` are folded words, all of which must match. */
  search(db: Kysely<Database>, terms: string[], limit: number, offset: number): Promise<SearchRow[]>;
}

export interface SqlDialect {
  name: SqlDialectName;
  search: TextSearch;
  /** Rows per multi-row INSERT: under both databases' bound-parameter limits. */
  batchRows: number;
  /** The two-argument smallest and largest of values: min/max in SQLite, least/greatest in PostgreSQL. */
  least: string;
  greatest: string;
}
