// Full-text search in SQLite: an FTS5 table over documents (external content, diacritics folded).
import { sql } from 'kysely';
import type { TextSearch } from '../sql/dialect.js';

export const sqliteSearch: TextSearch = {
  async index(trx, doc) {
    await sql`insert into documents_fts(rowid, title, text) values (${doc.id}, ${doc.title ?? ''}, ${doc.text})`.execute(trx);
  },
  async remove(trx, doc) {
    await sql`insert into documents_fts(documents_fts, rowid, title, text) values ('delete', ${doc.id}, ${doc.title ?? ''}, ${doc.text})`.execute(trx);
  },
  async search(db, terms, limit, offset) {
    // Each folded term quoted: user input never reaches FTS5 query syntax.
    const match = terms.map((t) => `"${t}"`).join(' ');
    const rows = await sql<{ id: number; rank: number }>`
      select rowid as id, bm25(documents_fts) as rank from documents_fts
      where documents_fts match ${match} order by rank, rowid desc limit ${limit} offset ${offset}`.execute(db);
    return rows.rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
  },
};
