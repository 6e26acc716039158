// The per-entity summaries behind a dossier (documents, allegation threads, positions,
// parties), kept in step with the facts: added when a document is written, taken away when its
// extraction is replaced, moved when an analyst splits an entity. Merges need nothing: reads
// add up the summaries of the merged entities.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { SqlDialect } from './dialect.js';
import { chunks, unique } from './rows.js';
import { insertCompiled } from './compiled-queries.js';

type Trx = Transaction<Database>;

/** One document's facts as the summaries need them (from a plan being written or from stored rows). */
export interface DocFacts {
  documentId: number;
  reported: string;
  entities: { localId: string; entityId: number }[];
  subjects: { allegationId: string; subjectId: string; category: string }[];
  positions: { localId: string; title: string; jurisdiction: string | null; status: string }[];
  parties: { localId: string; partyLocalId: string }[];
}

interface Contribution {
  entity: Map<number, { documents: number; first: string; last: string }>;
  thread: Map<string, { entityId: number; category: string; reports: number; documents: number; first: string; last: string }>;
  position: Map<string, { entityId: number; title: string; jurisdiction: string; status: string; reports: number; first: string; last: string; latestDoc: number }>;
  party: Map<string, { entityId: number; partyId: number; reports: number; first: string; last: string; latestDoc: number }>;
}

const K = '\u0000';

/**
 * What documents add to the summaries. `only` limits it to the mentions of one entity (a
 * split), credited to `as` when given.
 */
export function contributions(docs: DocFacts[], only?: { entityId: number; as?: number }): Contribution {
  const c: Contribution = { entity: new Map(), thread: new Map(), position: new Map(), party: new Map() };
  const span = (prev: { first: string; last: string } | undefined, d: string) => ({ first: prev && prev.first < d ? prev.first : d, last: prev && prev.last > d ? prev.last : d });
  for (const d of docs) {
    const all = new Map(d.entities.map((e) => [e.localId, e.entityId] as const));
    const mine = (local: string): number | null => {
      const id = all.get(local);
      if (id === undefined) return null;
      if (!only) return id;
      return id === only.entityId ? only.as ?? id : null;
    };
    for (const id of unique(d.entities.map((e) => mine(e.localId)).filter((x): x is number => x !== null))) {
      const prev = c.entity.get(id);
      c.entity.set(id, { documents: (prev?.documents ?? 0) + 1, ...span(prev, d.reported) });
    }
    const allegations = new Map<string, Set<string>>();
    for (const s of d.subjects) {
      const id = mine(s.subjectId);
      if (id === null) continue;
      const key = `${id}${K}${s.category}`;
      const set = allegations.get(key) ?? new Set();
      set.add(s.allegationId);
      allegations.set(key, set);
    }
    for (const [key, set] of allegations) {
      const [id, category] = key.split(K) as [string, string];
      const prev = c.thread.get(key);
      c.thread.set(key, { entityId: Number(id), category, reports: (prev?.reports ?? 0) + set.size, documents: (prev?.documents ?? 0) + 1, ...span(prev, d.reported) });
    }
    const positions = new Set<string>();
    for (const p of d.positions) {
      const id = mine(p.localId);
      if (id !== null) positions.add(`${id}${K}${p.title}${K}${p.jurisdiction ?? ''}${K}${p.status}`);
    }
    for (const key of positions) {
      const [id, title, jurisdiction, status] = key.split(K) as [string, string, string, string];
      const prev = c.position.get(key);
      c.position.set(key, {
        entityId: Number(id), title, jurisdiction, status, reports: (prev?.reports ?? 0) + 1, ...span(prev, d.reported),
        latestDoc: Math.max(prev?.latestDoc ?? 0, d.documentId),
      });
    }
    const parties = new Set<string>();
    for (const p of d.parties) {
      const id = mine(p.localId);
      const party = all.get(p.partyLocalId);
      if (id !== null && party !== undefined) parties.add(`${id}${K}${party}`);
    }
    for (const key of parties) {
      const [id, party] = key.split(K) as [string, string];
      const prev = c.party.get(key);
      c.party.set(key, { entityId: Number(id), partyId: Number(party), reports: (prev?.reports ?? 0) + 1, ...span(prev, d.reported), latestDoc: Math.max(prev?.latestDoc ?? 0, d.documentId) });
    }
  }
  return c;
}

/** Adds contributions: new rows, or counts added and date ranges widened. */
export async function addStats(trx: Trx, dialect: SqlDialect, c: Contribution): Promise<void> {
  const least = sql.raw(dialect.least);
  const greatest = sql.raw(dialect.greatest);
  const n = dialect.batchRows;
  for (const part of chunks([...c.entity].map(([entity_id, v]) => ({ entity_id, documents: v.documents, first: v.first, last: v.last })), n)) {
    await insertCompiled(trx, dialect, 'entity_stats', part, (r) => trx.insertInto('entity_stats').values(r).onConflict((oc) => oc.column('entity_id').doUpdateSet({
      documents: sql`entity_stats.documents + excluded.documents`,
      first: sql`${least}(entity_stats.first, excluded.first)`,
      last: sql`${greatest}(entity_stats.last, excluded.last)`,
    })));
  }
  for (const part of chunks([...c.thread.values()].map((v) => ({ entity_id: v.entityId, category: v.category, reports: v.reports, documents: v.documents, first: v.first, last: v.last })), n)) {
    await insertCompiled(trx, dialect, 'thread_stats', part, (r) => trx.insertInto('thread_stats').values(r).onConflict((oc) => oc.columns(['entity_id', 'category']).doUpdateSet({
      reports: sql`thread_stats.reports + excluded.reports`,
      documents: sql`thread_stats.documents + excluded.documents`,
      first: sql`${least}(thread_stats.first, excluded.first)`,
      last: sql`${greatest}(thread_stats.last, excluded.last)`,
    })));
  }
  for (const part of chunks([...c.position.values()].map((v) => ({
    entity_id: v.entityId, title: v.title, jurisdiction: v.jurisdiction, status: v.status, reports: v.reports, first: v.first, last: v.last, latest_doc: v.latestDoc,
  })), n)) {
    await insertCompiled(trx, dialect, 'position_stats', part, (r) => trx.insertInto('position_stats').values(r).onConflict((oc) => oc.columns(['entity_id', 'title', 'jurisdiction', 'status']).doUpdateSet({
      reports: sql`position_stats.reports + excluded.reports`,
      first: sql`${least}(position_stats.first, excluded.first)`,
      last: sql`${greatest}(position_stats.last, excluded.last)`,
      latest_doc: sql`${greatest}(position_stats.latest_doc, excluded.latest_doc)`,
    })));
  }
  for (const part of chunks([...c.party.values()].map((v) => ({
    entity_id: v.entityId, party_id: v.partyId, reports: v.reports, first: v.first, last: v.last, latest_doc: v.latestDoc,
  })), n)) {
    await insertCompiled(trx, dialect, 'party_stats', part, (r) => trx.insertInto('party_stats').values(r).onConflict((oc) => oc.columns(['entity_id', 'party_id']).doUpdateSet({
      reports: sql`party_stats.reports + excluded.reports`,
      first: sql`${least}(party_stats.first, excluded.first)`,
      last: sql`${greatest}(party_stats.last, excluded.last)`,
      latest_doc: sql`${greatest}(party_stats.latest_doc, excluded.latest_doc)`,
    })));
  }
}

/**
 * Takes contributions away. Counts are exact; a date range is not narrowed (that would need
 * every remaining report), so after a replaced extraction it may be wider than the reports left.
 */
export async function subtractStats(trx: Trx, c: Contribution): Promise<void> {
  for (const [id, v] of c.entity) {
    await trx.updateTable('entity_stats').set({ documents: sql`documents - ${v.documents}` }).where('entity_id', '=', id).execute();
  }
  for (const v of c.thread.values()) {
    await trx.updateTable('thread_stats').set({ reports: sql`reports - ${v.reports}`, documents: sql`documents - ${v.documents}` })
      .where('entity_id', '=', v.entityId).where('category', '=', v.category).execute();
  }
  for (const v of c.position.values()) {
    await trx.updateTable('position_stats').set({ reports: sql`reports - ${v.reports}` })
      .where('entity_id', '=', v.entityId).where('title', '=', v.title).where('jurisdiction', '=', v.jurisdiction).where('status', '=', v.status).execute();
  }
  for (const v of c.party.values()) {
    await trx.updateTable('party_stats').set({ reports: sql`reports - ${v.reports}` }).where('entity_id', '=', v.entityId).where('party_id', '=', v.partyId).execute();
  }
  const ids = unique([...c.entity.keys(), ...[...c.thread.values()].map((v) => v.entityId), ...[...c.position.values()].map((v) => v.entityId), ...[...c.party.values()].map((v) => v.entityId)]);
  for (const part of chunks(ids)) {
    await trx.deleteFrom('entity_stats').where('entity_id', 'in', part).where('documents', '<=', 0).execute();
    await trx.deleteFrom('thread_stats').where('entity_id', 'in', part).where('reports', '<=', 0).execute();
    await trx.deleteFrom('position_stats').where('entity_id', 'in', part).where('reports', '<=', 0).execute();
    await trx.deleteFrom('party_stats').where('entity_id', 'in', part).where('reports', '<=', 0).execute();
  }
}

/** The stored facts of some documents, in the shape `contributions` reads. */
export async function storedFacts(trx: Trx, documentIds: number[]): Promise<DocFacts[]> {
  const out = new Map<number, DocFacts>();
  for (const part of chunks(unique(documentIds))) {
    const de = await trx.selectFrom('doc_entities').select(['document_id', 'local_id', 'entity_id', 'reported']).where('document_id', 'in', part).execute();
    for (const r of de) {
      const d = out.get(r.document_id) ?? { documentId: r.document_id, reported: r.reported ?? '', entities: [], subjects: [], positions: [], parties: [] };
      d.entities.push({ localId: r.local_id, entityId: r.entity_id });
      out.set(r.document_id, d);
    }
    for (const s of await trx.selectFrom('allegation_subjects').select(['document_id', 'allegation_id', 'subject_id', 'category']).where('document_id', 'in', part).execute()) {
      out.get(s.document_id)?.subjects.push({ allegationId: s.allegation_id, subjectId: s.subject_id, category: s.category });
    }
    for (const p of await trx.selectFrom('positions').select(['document_id', 'local_id', 'title', 'jurisdiction', 'status']).where('document_id', 'in', part).execute()) {
      out.get(p.document_id)?.positions.push({ localId: p.local_id, title: p.title, jurisdiction: p.jurisdiction, status: p.status });
    }
    for (const p of await trx.selectFrom('party_links').select(['document_id', 'local_id', 'party_local_id']).where('document_id', 'in', part).execute()) {
      out.get(p.document_id)?.parties.push({ localId: p.local_id, partyLocalId: p.party_local_id });
    }
  }
  return [...out.values()];
}

/**
 * Recomputes every summary from the facts: exact date ranges again after replaced extractions
 * (run by `dossier reextract`), and the reference the contract tests compare the incremental
 * upkeep with.
 */
export async function rebuildStats(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['entity_stats', 'thread_stats', 'position_stats', 'party_stats'] as const) await trx.deleteFrom(table).execute();
    await sql`insert into entity_stats (entity_id, documents, first, last)
      select entity_id, count(distinct document_id), min(reported), max(reported) from doc_entities group by entity_id`.execute(trx);
    await sql`insert into thread_stats (entity_id, category, reports, documents, first, last)
      select entity_id, category, count(*), count(distinct document_id), min(reported), max(reported) from (
        select distinct de.entity_id, s.category, s.document_id, s.allegation_id, de.reported
        from allegation_subjects s join doc_entities de on de.document_id = s.document_id and de.local_id = s.subject_id) x
      group by entity_id, category`.execute(trx);
    await sql`insert into position_stats (entity_id, title, jurisdiction, status, reports, first, last, latest_doc)
      select entity_id, title, jurisdiction, status, count(*), min(reported), max(reported), max(document_id) from (
        select distinct de.entity_id, p.title, coalesce(p.jurisdiction, '') as jurisdiction, p.status, p.document_id, de.reported
        from positions p join doc_entities de on de.document_id = p.document_id and de.local_id = p.local_id) x
      group by entity_id, title, jurisdiction, status`.execute(trx);
    await sql`insert into party_stats (entity_id, party_id, reports, first, last, latest_doc)
      select entity_id, party_id, count(*), min(reported), max(reported), max(document_id) from (
        select distinct de.entity_id, party.entity_id as party_id, pl.document_id, de.reported
        from party_links pl
        join doc_entities de on de.document_id = pl.document_id and de.local_id = pl.local_id
        join doc_entities party on party.document_id = pl.document_id and party.local_id = pl.party_local_id) x
      group by entity_id, party_id`.execute(trx);
  });
}
