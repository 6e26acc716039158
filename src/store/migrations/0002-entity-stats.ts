// Per-entity summaries kept up to date by every write, so a dossier of an entity named in tens
// of thousands of reports reads a few rows instead of aggregating all of them; and the date of
// the report on each mention, so "latest reports" walks an index instead of sorting everything.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlDialectName } from '../sql/dialect.js';

type Db = Kysely<unknown>;

export function entityStatsMigration(dialect: SqlDialectName): Migration {
  // The same statements serve both databases.
  void dialect;
  return {
    async up(db: Db) {
      await db.schema.alterTable('doc_entities').addColumn('reported', 'text').execute();
      await sql`update doc_entities set reported = (select coalesce(d.published, substr(d.ingested_at, 1, 10)) from documents d where d.id = doc_entities.document_id)`.execute(db);
      await db.schema.dropIndex('doc_entities_entity').execute();
      await db.schema.createIndex('doc_entities_recent').on('doc_entities').columns(['entity_id', 'reported', 'document_id']).execute();
      // Name search is a substring match, which no B-tree index serves; the index only slowed writes.
      await db.schema.dropIndex('entity_names_folded').execute();
      await db.schema.createIndex('responses_by').on('responses').columns(['document_id', 'by_id']).execute();

      await db.schema.createTable('entity_stats')
        .addColumn('entity_id', 'integer', (c) => c.primaryKey())
        .addColumn('documents', 'integer', (c) => c.notNull())
        .addColumn('first', 'text', (c) => c.notNull())
        .addColumn('last', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('thread_stats')
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('reports', 'integer', (c) => c.notNull())
        .addColumn('documents', 'integer', (c) => c.notNull())
        .addColumn('first', 'text', (c) => c.notNull())
        .addColumn('last', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('thread_stats_pk', ['entity_id', 'category'])
        .execute();
      await db.schema.createTable('position_stats')
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('jurisdiction', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reports', 'integer', (c) => c.notNull())
        .addColumn('first', 'text', (c) => c.notNull())
        .addColumn('last', 'text', (c) => c.notNull())
        .addColumn('latest_doc', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('position_stats_pk', ['entity_id', 'title', 'jurisdiction', 'status'])
        .execute();
      await db.schema.createTable('party_stats')
        .addColumn('entity_id', 'integer', (c) => c.notNull())
        .addColumn('party_id', 'integer', (c) => c.notNull())
        .addColumn('reports', 'integer', (c) => c.notNull())
        .addColumn('first', 'text', (c) => c.notNull())
        .addColumn('last', 'text', (c) => c.notNull())
        .addColumn('latest_doc', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('party_stats_pk', ['entity_id', 'party_id'])
        .execute();

      // Existing stores: the summaries of what is already there.
      await sql`insert into entity_stats (entity_id, documents, first, last)
        select entity_id, count(distinct document_id), min(reported), max(reported) from doc_entities group by entity_id`.execute(db);
      await sql`insert into thread_stats (entity_id, category, reports, documents, first, last)
        select entity_id, category, count(*), count(distinct document_id), min(reported), max(reported) from (
          select distinct de.entity_id, s.category, s.document_id, s.allegation_id, de.reported
          from allegation_subjects s join doc_entities de on de.document_id = s.document_id and de.local_id = s.subject_id) x
        group by entity_id, category`.execute(db);
      await sql`insert into position_stats (entity_id, title, jurisdiction, status, reports, first, last, latest_doc)
        select entity_id, title, jurisdiction, status, count(*), min(reported), max(reported), max(document_id) from (
          select distinct de.entity_id, p.title, coalesce(p.jurisdiction, '') as jurisdiction, p.status, p.document_id, de.reported
          from positions p join doc_entities de on de.document_id = p.document_id and de.local_id = p.local_id) x
        group by entity_id, title, jurisdiction, status`.execute(db);
      await sql`insert into party_stats (entity_id, party_id, reports, first, last, latest_doc)
        select entity_id, party_id, count(*), min(reported), max(reported), max(document_id) from (
          select distinct de.entity_id, party.entity_id as party_id, pl.document_id, de.reported
          from party_links pl
          join doc_entities de on de.document_id = pl.document_id and de.local_id = pl.local_id
          join doc_entities party on party.document_id = pl.document_id and party.local_id = pl.party_local_id) x
        group by entity_id, party_id`.execute(db);
    },
  };
}
