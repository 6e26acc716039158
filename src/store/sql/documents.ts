// Document reads: by content hash, by id, listings, full-text search, and what re-extraction needs.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocEntityRow, SearchHit, StoredDocument } from '../records.js';
import type { Page } from '../store.js';
import type { SqlDialect } from './dialect.js';
import { makeSnippet, searchTerms } from './snippet.js';
import { DOCUMENT_COLUMNS, fromJson, toStoredDocument } from './rows.js';
import { entityRefs } from './canonical.js';

type Db = Kysely<Database>;

export async function findDocumentByHash(db: Db, hash: string): Promise<StoredDocument | null> {
  const r = await db.selectFrom('documents').select(DOCUMENT_COLUMNS).where('content_hash', '=', hash).executeTakeFirst();
  return r ? toStoredDocument(r) : null;
}

export async function getDocument(db: Db, id: number): Promise<(StoredDocument & { text: string }) | null> {
  const r = await db.selectFrom('documents').select([...DOCUMENT_COLUMNS, 'text']).where('id', '=', id).executeTakeFirst();
  return r ? { ...toStoredDocument(r), text: r.text } : null;
}

export async function listDocuments(db: Db, page: Page = {}): Promise<StoredDocument[]> {
  const rows = await db.selectFrom('documents').select(DOCUMENT_COLUMNS)
    .orderBy('id', 'desc').limit(page.limit ?? 50).offset(page.offset ?? 0).execute();
  return rows.map(toStoredDocument);
}

export async function countDocuments(db: Db): Promise<number> {
  const r = await db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function searchDocuments(db: Db, dialect: SqlDialect, query: string, page: Page = {}): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const ranked = await dialect.search.search(db, terms, page.limit ?? 20, page.offset ?? 0);
  if (ranked.length === 0) return [];
  const rows = await db.selectFrom('documents').select(['id', 'title', 'outlet', 'published', 'text'])
    .where('id', 'in', ranked.map((r) => r.id)).execute();
  const byId = new Map(rows.map((r) => [Number(r.id), r] as const));
  return ranked.flatMap(({ id }) => {
    const r = byId.get(id);
    return r ? [{ id, title: r.title, outlet: r.outlet, published: r.published, snippet: makeSnippet(r.text, terms) }] : [];
  });
}

export async function documentsNotExtractedBy(db: Db, version: string, afterId: number, limit: number) {
  const rows = await db.selectFrom('documents').select([...DOCUMENT_COLUMNS, 'text'])
    .where('extractor_version', '!=', version).where('id', '>', afterId)
    .orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ ...toStoredDocument(r), text: r.text }));
}

export async function analystAssignments(db: Db, documentId: number): Promise<DocEntityRow[]> {
  const rows = await db.selectFrom('doc_entities').selectAll()
    .where('document_id', '=', documentId).where('assigned_by', '=', 'analyst').execute();
  return rows.map(toDocEntityRow);
}

export function toDocEntityRow(r: Database['doc_entities']): DocEntityRow {
  return {
    documentId: r.document_id,
    localId: r.local_id,
    entityId: r.entity_id,
    kind: r.kind,
    name: r.name,
    aliases: fromJson<string[]>(r.aliases, 'doc_entities.aliases'),
    country: r.country,
    orgType: r.org_type,
    roles: [],
    assignedBy: r.assigned_by,
  };
}

export async function documentEntities(db: Db, documentId: number) {
  const rows = await db.selectFrom('doc_entities').select(['local_id', 'name', 'entity_id', 'resolution', 'assigned_by'])
    .where('document_id', '=', documentId).orderBy('local_id').execute();
  const refs = await entityRefs(db, rows.map((r) => r.entity_id));
  return rows.map((r) => ({
    localId: r.local_id, name: r.name, entity: refs.get(r.entity_id) ?? { id: r.entity_id, kind: 'unknown', name: '(removed)' },
    resolution: r.resolution, assignedBy: r.assigned_by,
  }));
}
