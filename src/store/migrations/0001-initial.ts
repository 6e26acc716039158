// The first schema: documents with full-text search, knowledge-base entities and their
// per-document facts with provenance, analyst decisions, and screening lists.
import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';
import type { SqlDialectName } from '../sql/dialect.js';

type Db = Kysely<unknown>;

export function initialMigration(dialect: SqlDialectName): Migration {
  const id = (c: ColumnDefinitionBuilder) =>
    dialect === 'postgres' ? c.generatedByDefaultAsIdentity().primaryKey() : c.autoIncrement().primaryKey();

  return {
    async up(db: Db) {
      await db.schema.createTable('documents')
        .addColumn('id', 'integer', id)
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('source_id', 'text')
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('outlet', 'text')
        .addColumn('published', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addColumn('extracted_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('documents_published').on('documents').columns(['published', 'id']).execute();

      if (dialect === 'sqlite') {
        // External-content FTS5: the text lives once, in documents; diacritics folded so
        // "Sheinbaum Pardo" finds "Pardo" and "corrupcion" finds "corrupción".
        await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      } else {
        await db.schema.createTable('document_search')
          .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
          .addColumn('search', sql`tsvector`, (c) => c.notNull())
          .execute();
        await sql`create index document_search_gin on document_search using gin (search)`.execute(db);
      }

      await db.schema.createTable('entities')
        .addColumn('id', 'integer', id)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('org_type', 'text')
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'integer', (c) => c.references('entities.id'))
        .execute();
      await db.schema.createIndex('entities_merged_into').on('entities').column('merged_into').execute();
      await db.schema.createIndex('entities_kind').on('entities').columns(['kind', 'id']).execute();

      await db.schema.createTable('entity_names')
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addColumn('folded', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_names_pk', ['entity_id', 'folded'])
        .execute();
      await db.schema.createIndex('entity_names_folded').on('entity_names').column('folded').execute();

      await db.schema.createTable('entity_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addPrimaryKeyConstraint('entity_keys_pk', ['key', 'entity_id'])
        .execute();
      await db.schema.createIndex('entity_keys_entity').on('entity_keys').column('entity_id').execute();

      await db.schema.createTable('entity_roles')
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('jurisdiction', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('entity_roles_pk', ['entity_id', 'title', 'jurisdiction'])
        .execute();

      await db.schema.createTable('doc_entities')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('org_type', 'text')
        .addColumn('count', 'integer')
        .addColumn('description', 'text')
        .addColumn('mentions', 'text', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.notNull())
        .addColumn('resolution', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('doc_entities_pk', ['document_id', 'local_id'])
        .execute();
      await db.schema.createIndex('doc_entities_entity').on('doc_entities').columns(['entity_id', 'document_id']).execute();

      await db.schema.createTable('positions')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('jurisdiction', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('positions_pk', ['document_id', 'local_id', 'idx'])
        .execute();

      await db.schema.createTable('party_links')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('party_local_id', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('party_links_pk', ['document_id', 'local_id', 'party_local_id'])
        .execute();

      await db.schema.createTable('allegations')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('verification', 'text', (c) => c.notNull())
        .addColumn('sources', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('allegations_pk', ['document_id', 'local_id'])
        .execute();

      await db.schema.createTable('allegation_subjects')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('allegation_id', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('allegation_subjects_pk', ['document_id', 'allegation_id', 'subject_id'])
        .execute();
      await db.schema.createIndex('allegation_subjects_subject').on('allegation_subjects').columns(['document_id', 'subject_id']).execute();

      await db.schema.createTable('responses')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('by_id', 'text', (c) => c.notNull())
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('allegations', 'text', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('responses_pk', ['document_id', 'local_id'])
        .execute();

      await db.schema.createTable('events')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('count', 'real')
        .addColumn('date', 'text')
        .addColumn('place_id', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('extractor_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('events_pk', ['document_id', 'local_id'])
        .execute();

      await db.schema.createTable('event_roles')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id'))
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('entity_local_id', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_roles_pk', ['document_id', 'event_id', 'entity_local_id', 'role'])
        .execute();
      await db.schema.createIndex('event_roles_entity').on('event_roles').columns(['document_id', 'entity_local_id']).execute();

      await db.schema.createTable('merge_candidates')
        .addColumn('id', 'integer', id)
        .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addColumn('candidate_id', 'integer', (c) => c.notNull().references('entities.id'))
        .addColumn('document_id', 'integer', (c) => c.references('documents.id'))
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('merge_candidates_entity').on('merge_candidates').column('entity_id').execute();
      await db.schema.createIndex('merge_candidates_candidate').on('merge_candidates').column('candidate_id').execute();

      await db.schema.createTable('decisions')
        .addColumn('id', 'integer', id)
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('undone_at', 'text')
        .addColumn('undone_by', 'text')
        .execute();

      await db.schema.createTable('lists')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('entry_count', 'integer', (c) => c.notNull())
        .execute();

      await db.schema.createTable('list_entries')
        .addColumn('list_name', 'text', (c) => c.notNull().references('lists.name'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('countries', 'text', (c) => c.notNull())
        .addColumn('birth_dates', 'text', (c) => c.notNull())
        .addColumn('programs', 'text', (c) => c.notNull())
        .addColumn('remarks', 'text')
        .addPrimaryKeyConstraint('list_entries_pk', ['list_name', 'seq'])
        .execute();
      await db.schema.createIndex('list_entries_id').on('list_entries').columns(['list_name', 'id']).execute();
    },
  };
}
