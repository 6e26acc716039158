// Writes one document and everything kb decided about it in a single transaction: the
// document (or its replaced extraction), new entities, lookup rows, facts, merge candidates.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { DocumentPlan, EntityIndex, EntityTarget, SaveResult } from '../document-plan.js';
import type { SqlDialect } from './dialect.js';
import { chunks, nowIso, toJson, unique } from './rows.js';
import { addStats, contributions, storedFacts, subtractStats } from './entity-stats.js';
import { DossierError } from '../../errors.js';
import { insertCompiled } from './compiled-queries.js';

type Trx = Transaction<Database>;

/** What was written, with what the candidate cache needs to follow it. */
export interface SavedDocument extends SaveResult {
  /** The date the document's facts count as reported. */
  reported: string;
  /** The entity id of each doc_entities row written, in plan order. */
  targets: number[];
}

export async function saveDocument(db: Kysely<Database>, dialect: SqlDialect, plan: DocumentPlan): Promise<SavedDocument> {
  if (!db.isTransaction) return db.transaction().execute((trx) => writeDocument(trx, dialect, plan));
  // Inside a batch (SqlStore.inBatch) the document is a savepoint of the batch's transaction:
  // a failing document still leaves nothing behind, and the batch goes on.
  return inSavepoint(db, () => writeDocument(db as Trx, dialect, plan));
}

/**
 * Runs `work` in a savepoint of the open transaction: undone alone when it throws, leaving the
 * transaction usable (PostgreSQL refuses every statement after a failed one until then).
 * Savepoints of one name nest.
 */
export async function inSavepoint<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  await sql`savepoint dossier_document`.execute(db);
  let out: T;
  try {
    out = await work();
  } catch (err) {
    await sql`rollback to savepoint dossier_document`.execute(db);
    await sql`release savepoint dossier_document`.execute(db);
    throw err;
  }
  await sql`release savepoint dossier_document`.execute(db);
  return out;
}

async function writeDocument(trx: Trx, dialect: SqlDialect, plan: DocumentPlan): Promise<SavedDocument> {
  const now = nowIso();
  const d = plan.document;
  let documentId: number;
  let previous: number[] = [];
  let reported = d.published ?? now.slice(0, 10);
  if (plan.replaces) {
    documentId = plan.replaces.documentId;
    const stored = await trx.selectFrom('documents').select('ingested_at').where('id', '=', documentId).executeTakeFirstOrThrow();
    reported = d.published ?? stored.ingested_at.slice(0, 10);
    previous = await clearExtraction(trx, documentId);
    await trx.updateTable('documents').set({
      title: d.title, outlet: d.outlet, published: d.published, language: d.language,
      extractor_version: plan.extractorVersion, extracted_at: now,
    }).where('id', '=', documentId).execute();
  } else {
    const [row] = await insertCompiled(trx, dialect, 'documents', [{
      content_hash: d.contentHash, source_id: d.sourceId, url: d.url, title: d.title, outlet: d.outlet,
      published: d.published, language: d.language, format: d.format, text: d.text, ingested_at: now,
      extractor_version: plan.extractorVersion, extracted_at: now,
    }], (r) => trx.insertInto('documents').values(r).returning('id'));
    documentId = Number(row!.id);
    await dialect.search.index(trx, { id: documentId, title: d.title, text: d.text });
  }

  const entityIds: Record<string, number> = {};
  for (const part of chunks(plan.newEntities, dialect.batchRows)) {
    const rows = part.map((e) => ({
      kind: e.kind, name: e.name, country: e.country, org_type: e.orgType, origin: e.origin ?? 'resolver', created_at: now, merged_into: null,
    }));
    const created = await insertCompiled(trx, dialect, 'entities', rows, (r) => trx.insertInto('entities').values(r).returning('id'));
    // One statement for all new entities: ids are drawn row after row in the order of the
    // values (SQLite's autoincrement, PostgreSQL's identity sequence), while the order RETURNING
    // gives them in is not promised; sorted, they pair with the rows.
    const ids = created.map((r) => Number(r.id)).sort((a, b) => a - b);
    part.forEach((e, i) => {
      entityIds[e.ref] = ids[i]!;
    });
  }
  const idOf = (t: EntityTarget): number => {
    if ('id' in t) return t.id;
    const id = entityIds[t.ref];
    if (id === undefined) throw new DossierError('internal', `document plan refers to unknown new entity ${t.ref}`);
    return id;
  };
  await addIndexRows(trx, dialect, [
    ...plan.newEntities.map((e) => ({ ...e, entityId: idOf({ ref: e.ref }) })),
    ...plan.indexAdditions,
  ]);

  const v = plan.extractorVersion;
  await insertRows(trx, dialect, 'doc_entities', plan.docEntities.map((e) => ({
    document_id: documentId, local_id: e.localId, entity_id: idOf(e.entity), kind: e.kind, name: e.name,
    aliases: toJson(e.aliases), country: e.country, org_type: e.orgType, count: e.count, description: e.description,
    mentions: toJson(e.mentions), assigned_by: e.assignedBy, resolution: e.resolution, extractor_version: v, reported,
  })));
  await insertRows(trx, dialect, 'positions', plan.docEntities.flatMap((e) => e.positions.map((p, idx) => ({
    document_id: documentId, local_id: e.localId, idx, title: p.title, jurisdiction: p.jurisdiction, status: p.status,
    span_start: e.firstMention.start, span_end: e.firstMention.end, quote: e.firstMention.quote, extractor_version: v,
  }))));
  await insertRows(trx, dialect, 'party_links', plan.docEntities.flatMap((e) => unique(e.parties).map((p) => ({
    document_id: documentId, local_id: e.localId, party_local_id: p, extractor_version: v,
  }))));
  await insertRows(trx, dialect, 'allegations', plan.allegations.map((a) => ({
    document_id: documentId, local_id: a.localId, category: a.category, verification: a.verification,
    sources: toJson(a.sources), span_start: a.span.start, span_end: a.span.end, quote: a.span.quote, extractor_version: v,
  })));
  await insertRows(trx, dialect, 'allegation_subjects', plan.allegations.flatMap((a) => unique(a.subjects).map((s) => ({
    document_id: documentId, allegation_id: a.localId, subject_id: s, category: a.category,
  }))));
  await insertRows(trx, dialect, 'responses', plan.responses.map((r) => ({
    document_id: documentId, local_id: r.localId, by_id: r.by, stance: r.stance, allegations: toJson(r.allegations),
    span_start: r.span.start, span_end: r.span.end, quote: r.span.quote, extractor_version: v,
  })));
  await insertRows(trx, dialect, 'events', plan.events.map((e) => ({
    document_id: documentId, local_id: e.localId, kind: e.kind, count: e.count, date: e.date, place_id: e.place,
    span_start: e.span.start, span_end: e.span.end, quote: e.span.quote, extractor_version: v,
  })));
  await insertRows(trx, dialect, 'event_roles', plan.events.flatMap((e) => {
    const roles = [
      ...unique(e.actors).map((id) => ({ id, role: 'actor' })),
      ...unique(e.targets).map((id) => ({ id, role: 'target' })),
      ...(e.place ? [{ id: e.place, role: 'place' }] : []),
    ];
    return roles.map((r) => ({ document_id: documentId, event_id: e.localId, entity_local_id: r.id, role: r.role }));
  }));
  await insertRows(trx, dialect, 'merge_candidates', plan.candidates.map((c) => ({
    entity_id: idOf(c.entity), candidate_id: c.candidateId, document_id: documentId, level: c.level,
    score: c.score, reason: c.reason, status: 'open', created_at: now,
  })));

  await addStats(trx, dialect, contributions([{
    documentId, reported,
    entities: plan.docEntities.map((e) => ({ localId: e.localId, entityId: idOf(e.entity) })),
    subjects: plan.allegations.flatMap((a) => unique(a.subjects).map((s) => ({ allegationId: a.localId, subjectId: s, category: a.category }))),
    positions: plan.docEntities.flatMap((e) => e.positions.map((p) => ({ localId: e.localId, title: p.title, jurisdiction: p.jurisdiction, status: p.status }))),
    parties: plan.docEntities.flatMap((e) => unique(e.parties).map((p) => ({ localId: e.localId, partyLocalId: p }))),
  }]));

  const removedEntities = previous.length ? await removeOrphans(trx, previous) : 0;
  return { documentId, entityIds, removedEntities, reported, targets: plan.docEntities.map((e) => idOf(e.entity)) };
}

/** Deletes the stored extraction of a document; returns the entities it pointed at. */
async function clearExtraction(trx: Trx, documentId: number): Promise<number[]> {
  const linked = await trx.selectFrom('doc_entities').select('entity_id').where('document_id', '=', documentId).execute();
  await subtractStats(trx, contributions(await storedFacts(trx, [documentId])));
  for (const table of ['doc_entities', 'positions', 'party_links', 'allegations', 'allegation_subjects', 'responses', 'events', 'event_roles'] as const) {
    await trx.deleteFrom(table).where('document_id', '=', documentId).execute();
  }
  // Open suggestions came from the old extraction; decided ones are history and stay.
  await trx.deleteFrom('merge_candidates').where('document_id', '=', documentId).where('status', '=', 'open').execute();
  return unique(linked.map((r) => r.entity_id));
}

/**
 * Entities that the replaced extraction created and nothing mentions any more. Entities an
 * analyst made, merged into others, or that others were merged into are kept.
 */
async function removeOrphans(trx: Trx, ids: number[]): Promise<number> {
  let removed = 0;
  for (const part of chunks(ids)) {
    const orphans = await trx.selectFrom('entities as e').select('e.id')
      .where('e.id', 'in', part).where('e.origin', 'in', ['resolver', 'undecided']).where('e.merged_into', 'is', null)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('doc_entities').select('entity_id').whereRef('doc_entities.entity_id', '=', 'e.id'))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('entities as m').select('m.id').whereRef('m.merged_into', '=', 'e.id'))))
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('merge_candidates as c').select('c.id')
        .where('c.status', '!=', 'open').where((eb) => eb.or([eb('c.entity_id', '=', eb.ref('e.id')), eb('c.candidate_id', '=', eb.ref('e.id'))])))))
      .execute();
    const gone = orphans.map((r) => r.id);
    if (gone.length === 0) continue;
    await trx.deleteFrom('merge_candidates').where((eb) => eb.or([eb('entity_id', 'in', gone), eb('candidate_id', 'in', gone)])).execute();
    await trx.deleteFrom('entity_names').where('entity_id', 'in', gone).execute();
    await trx.deleteFrom('entity_keys').where('entity_id', 'in', gone).execute();
    await trx.deleteFrom('entity_roles').where('entity_id', 'in', gone).execute();
    for (const table of ['entity_stats', 'thread_stats', 'position_stats', 'party_stats'] as const) {
      await trx.deleteFrom(table).where('entity_id', 'in', gone).execute();
    }
    await trx.deleteFrom('entities').where('id', 'in', gone).execute();
    removed += gone.length;
  }
  return removed;
}

/** Lookup rows for entities; rows already there are left alone. */
export async function addIndexRows(trx: Trx, dialect: SqlDialect, items: (EntityIndex & { entityId: number })[]): Promise<void> {
  const n = dialect.batchRows;
  const names = dedupe(items.flatMap((e) => e.names.map((x) => ({ entity_id: e.entityId, folded: x.folded, name: x.name }))), (r) => `${r.entity_id}\u0000${r.folded}`);
  const keys = dedupe(items.flatMap((e) => e.keys.map((key) => ({ key, entity_id: e.entityId }))), (r) => `${r.entity_id}\u0000${r.key}`);
  const roles = dedupe(items.flatMap((e) => e.roles.map((r) => ({ entity_id: e.entityId, title: r.title, jurisdiction: r.jurisdiction }))),
    (r) => `${r.entity_id}\u0000${r.title}\u0000${r.jurisdiction}`);
  for (const part of chunks(names, n)) {
    await insertCompiled(trx, dialect, 'entity_names', part, (r) => trx.insertInto('entity_names').values(r).onConflict((oc) => oc.doNothing()));
  }
  for (const part of chunks(keys, n)) {
    await insertCompiled(trx, dialect, 'entity_keys', part, (r) => trx.insertInto('entity_keys').values(r).onConflict((oc) => oc.doNothing()));
  }
  for (const part of chunks(roles, n)) {
    await insertCompiled(trx, dialect, 'entity_roles', part, (r) => trx.insertInto('entity_roles').values(r).onConflict((oc) => oc.doNothing()));
  }
}

function dedupe<T>(rows: T[], key: (r: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const r of rows) if (!seen.has(key(r))) seen.set(key(r), r);
  return [...seen.values()];
}

async function insertRows<T extends keyof Database>(trx: Trx, dialect: SqlDialect, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  for (const part of chunks(rows, dialect.batchRows)) {
    // The table name is a union here; each call site passes rows of its own table.
    await insertCompiled(trx, dialect, table, part as Record<string, unknown>[], (r) => trx.insertInto(table).values(r as never));
  }
}
