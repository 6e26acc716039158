// Full-text search in PostgreSQL: a tsvector per document over accent-folded text (the
// 'simple' configuration, so English and Spanish are treated alike and nothing is stemmed).
import { sql } from 'kysely';
import type { TextSearch } from '../sql/dialect.js';
import { foldName } from '../../names/normalize.js';

export const postgresSearch: TextSearch = {
  async index(trx, doc) {
    const folded = foldName(`${doc.title ?? ''} ${doc.text}`);
    await sql`insert into document_search (document_id, search) values (${doc.id}, to_tsvector('simple', ${folded}))
      on conflict (document_id) do update set search = excluded.search`.execute(trx);
  },
  async remove(trx, doc) {
    await sql`delete from document_search where document_id = ${doc.id}`.execute(trx);
  },
  async search(db, terms, limit, offset) {
    const query = terms.join(' ');
    const rows = await sql<{ id: number; rank: number }>`
      select document_id as id, ts_rank(search, plainto_tsquery('simple', ${query})) as rank from document_search
      where search @@ plainto_tsquery('simple', ${query}) order by rank desc, document_id desc limit ${limit} offset ${offset}`.execute(db);
    return rows.rows.map((r) => ({ id: Number(r.id), rank: Number(r.rank) }));
  },
};
