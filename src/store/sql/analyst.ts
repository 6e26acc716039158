// Analyst decisions: merge, split and undo, each recorded with who, when and why, and each
// reversible because merges keep the merged row and splits remember what they moved.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Actor, Decision, DocEntityRow, MergeCandidate } from '../records.js';
import type { EntityIndex, NewEntity } from '../document-plan.js';
import type { Page } from '../store.js';
import type { SqlDialect } from './dialect.js';
import { entityRefs } from './canonical.js';
import { toDocEntityRow } from './documents.js';
import { addIndexRows } from './save-document.js';
import { addStats, contributions, storedFacts, subtractStats } from './entity-stats.js';
import { fromJson, nowIso, toJson, unique } from './rows.js';
import { DossierError } from '../../errors.js';

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

interface MergePayload { into: number; from: number; candidates: number[] }
interface SplitPayload { from: number; to: number; documents: number[]; moved: { documentId: number; localId: string; assignedBy: string; resolution: string }[] }
interface UndoPayload { decision: number }

async function liveEntity(trx: Trx, id: number) {
  const e = await trx.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new DossierError('not_found', `no entity ${id}`);
  if (e.merged_into != null) throw new DossierError('conflict', `entity ${id} was merged into ${e.merged_into}; use that id`);
  return e;
}

async function record(trx: Trx, action: Decision['action'], payload: object, by: Actor): Promise<Decision> {
  const createdAt = nowIso();
  const row = await trx.insertInto('decisions').values({
    action, payload: toJson(payload), actor: by.actor, reason: by.reason, created_at: createdAt, undone_at: null, undone_by: null,
  }).returning('id').executeTakeFirstOrThrow();
  return { id: Number(row.id), action, payload: { ...payload }, actor: by.actor, reason: by.reason, createdAt, undoneAt: null, undoneBy: null };
}

function checkActor(by: Actor): void {
  if (!by.actor.trim()) throw new DossierError('invalid_input', 'a decision needs who made it');
  if (!by.reason.trim()) throw new DossierError('invalid_input', 'a decision needs a reason');
}

export async function mergeEntities(db: Db, keepId: number, otherId: number, by: Actor): Promise<Decision> {
  checkActor(by);
  if (keepId === otherId) throw new DossierError('invalid_input', 'cannot merge an entity with itself');
  return db.transaction().execute(async (trx) => {
    const keep = await liveEntity(trx, keepId);
    const other = await liveEntity(trx, otherId);
    if (keep.kind !== other.kind) throw new DossierError('invalid_input', `cannot merge a ${other.kind} into a ${keep.kind}`);
    await trx.updateTable('entities').set({ merged_into: keepId }).where('id', '=', otherId).execute();
    if (keep.country == null && other.country != null) await trx.updateTable('entities').set({ country: other.country }).where('id', '=', keepId).execute();
    const open = await trx.selectFrom('merge_candidates').select('id').where('status', '=', 'open')
      .where((eb) => eb.or([
        eb.and([eb('entity_id', '=', keepId), eb('candidate_id', '=', otherId)]),
        eb.and([eb('entity_id', '=', otherId), eb('candidate_id', '=', keepId)]),
      ])).execute();
    const candidates = open.map((c) => c.id);
    if (candidates.length) await trx.updateTable('merge_candidates').set({ status: 'merged' }).where('id', 'in', candidates).execute();
    const payload: MergePayload = { into: keepId, from: otherId, candidates };
    return record(trx, 'merge', payload, by);
  });
}

export async function splitEntity(db: Db, dialect: SqlDialect, entityId: number, documentIds: number[], created: Omit<NewEntity, 'ref'>, by: Actor): Promise<Decision> {
  checkActor(by);
  if (documentIds.length === 0) throw new DossierError('invalid_input', 'name at least one document to split off');
  return db.transaction().execute(async (trx) => {
    const from = await liveEntity(trx, entityId);
    const rows = await trx.selectFrom('doc_entities').select(['document_id', 'local_id', 'assigned_by', 'resolution'])
      .where('entity_id', '=', entityId).where('document_id', 'in', unique(documentIds)).execute();
    const missing = unique(documentIds).filter((d) => !rows.some((r) => r.document_id === d));
    if (missing.length) throw new DossierError('invalid_input', `entity ${entityId} is not mentioned in document ${missing.join(', ')}`);
    const all = await trx.selectFrom('doc_entities').select((eb) => eb.fn.count<number>('document_id').distinct().as('n'))
      .where('entity_id', '=', entityId).executeTakeFirstOrThrow();
    if (Number(all.n) === unique(documentIds).length) throw new DossierError('invalid_input', `that is every document of entity ${entityId}; nothing would stay`);
    const row = await trx.insertInto('entities').values({
      kind: from.kind, name: created.name, country: created.country, org_type: created.orgType, origin: 'analyst', created_at: nowIso(), merged_into: null,
    }).returning('id').executeTakeFirstOrThrow();
    const to = Number(row.id);
    const facts = await storedFacts(trx, unique(documentIds));
    await subtractStats(trx, contributions(facts, { entityId }));
    await addStats(trx, dialect, contributions(facts, { entityId, as: to }));
    await trx.updateTable('doc_entities').set({ entity_id: to, assigned_by: 'analyst', resolution: 'analyst' })
      .where('entity_id', '=', entityId).where('document_id', 'in', unique(documentIds)).execute();
    await addIndexRows(trx, dialect, [{ ...created, entityId: to }]);
    const payload: SplitPayload = {
      from: entityId, to, documents: unique(documentIds),
      moved: rows.map((r) => ({ documentId: r.document_id, localId: r.local_id, assignedBy: r.assigned_by, resolution: r.resolution })),
    };
    return record(trx, 'split', payload, by);
  });
}

export async function undoDecision(db: Db, dialect: SqlDialect, decisionId: number, by: Actor): Promise<Decision> {
  checkActor(by);
  return db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('decisions').selectAll().where('id', '=', decisionId).executeTakeFirst();
    if (!d) throw new DossierError('not_found', `no decision ${decisionId}`);
    if (d.undone_at) throw new DossierError('conflict', `decision ${decisionId} was already undone by ${d.undone_by} at ${d.undone_at}`);
    if (d.action === 'undo') throw new DossierError('invalid_input', `decision ${decisionId} is an undo; redo the original decision instead`);
    if (d.action === 'merge') {
      const p = fromJson<MergePayload>(d.payload, 'decisions.payload');
      const other = await trx.selectFrom('entities').select('merged_into').where('id', '=', p.from).executeTakeFirst();
      if (other?.merged_into !== p.into) throw new DossierError('conflict', `entity ${p.from} is no longer merged into ${p.into}`);
      await trx.updateTable('entities').set({ merged_into: null }).where('id', '=', p.from).execute();
      if (p.candidates.length) await trx.updateTable('merge_candidates').set({ status: 'open' }).where('id', 'in', p.candidates).execute();
    } else {
      const p = fromJson<SplitPayload>(d.payload, 'decisions.payload');
      const to = await trx.selectFrom('entities').select('merged_into').where('id', '=', p.to).executeTakeFirst();
      if (!to || to.merged_into != null) throw new DossierError('conflict', `entity ${p.to} made by the split was merged since; undo that first`);
      const facts = await storedFacts(trx, p.documents);
      await subtractStats(trx, contributions(facts, { entityId: p.to }));
      await addStats(trx, dialect, contributions(facts, { entityId: p.to, as: p.from }));
      for (const m of p.moved) {
        await trx.updateTable('doc_entities').set({ entity_id: p.from, assigned_by: m.assignedBy, resolution: m.resolution })
          .where('document_id', '=', m.documentId).where('local_id', '=', m.localId).where('entity_id', '=', p.to).execute();
      }
      // The split-off entity stays as a merged row so old references to it still resolve.
      await trx.updateTable('entities').set({ merged_into: p.from }).where('id', '=', p.to).execute();
      await trx.deleteFrom('entity_keys').where('entity_id', '=', p.to).execute();
    }
    const now = nowIso();
    await trx.updateTable('decisions').set({ undone_at: now, undone_by: by.actor }).where('id', '=', decisionId).execute();
    const payload: UndoPayload = { decision: decisionId };
    return record(trx, 'undo', payload, by);
  });
}

export async function listDecisions(db: Db, page: Page = {}): Promise<Decision[]> {
  const rows = await db.selectFrom('decisions').selectAll().orderBy('id', 'desc').limit(page.limit ?? 50).offset(page.offset ?? 0).execute();
  return rows.map((r) => ({
    id: r.id, action: r.action as Decision['action'], payload: fromJson<Record<string, unknown>>(r.payload, 'decisions.payload'),
    actor: r.actor, reason: r.reason, createdAt: r.created_at, undoneAt: r.undone_at, undoneBy: r.undone_by,
  }));
}

export async function mergeCandidates(db: Db, filter: { entityId?: number; status?: string } & Page = {}): Promise<MergeCandidate[]> {
  let q = db.selectFrom('merge_candidates').selectAll();
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.entityId != null) {
    const id = filter.entityId;
    q = q.where((eb) => eb.or([eb('entity_id', '=', id), eb('candidate_id', '=', id)]));
  }
  const rows = await q.orderBy('id').limit(filter.limit ?? 100).offset(filter.offset ?? 0).execute();
  const refs = await entityRefs(db, rows.flatMap((r) => [r.entity_id, r.candidate_id]));
  const unknown = (id: number) => ({ id, kind: 'unknown', name: '(removed)' });
  return rows.map((r) => ({
    id: r.id, entity: refs.get(r.entity_id) ?? unknown(r.entity_id), candidate: refs.get(r.candidate_id) ?? unknown(r.candidate_id),
    documentId: r.document_id, level: r.level, score: r.score, reason: r.reason, status: r.status as MergeCandidate['status'], createdAt: r.created_at,
  }));
}

export async function rejectCandidate(db: Db, id: number): Promise<void> {
  const r = await db.updateTable('merge_candidates').set({ status: 'rejected' }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new DossierError('not_found', `no open merge candidate ${id}`);
}

export async function docEntitiesOf(db: Db, entityId: number, documentIds?: number[]): Promise<DocEntityRow[]> {
  let q = db.selectFrom('doc_entities').selectAll().where('entity_id', '=', entityId);
  if (documentIds) q = q.where('document_id', 'in', documentIds.length ? documentIds : [-1]);
  const rows = await q.orderBy('document_id').execute();
  const out = rows.map(toDocEntityRow);
  if (out.length === 0) return out;
  const positions = await db.selectFrom('positions').select(['document_id', 'local_id', 'title', 'jurisdiction'])
    .where('document_id', 'in', unique(out.map((r) => r.documentId))).execute();
  for (const r of out) {
    r.roles = positions.filter((p) => p.document_id === r.documentId && p.local_id === r.localId).map((p) => ({ title: p.title, jurisdiction: p.jurisdiction }));
  }
  return out;
}

export async function replaceEntityIndex(db: Db, dialect: SqlDialect, entityId: number, index: EntityIndex): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('entity_names').where('entity_id', '=', entityId).execute();
    await trx.deleteFrom('entity_keys').where('entity_id', '=', entityId).execute();
    await trx.deleteFrom('entity_roles').where('entity_id', '=', entityId).execute();
    await addIndexRows(trx, dialect, [{ ...index, entityId }]);
  });
}
