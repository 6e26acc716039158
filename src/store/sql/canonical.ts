// Following analyst merges: an entity merged into another keeps its row (so the merge can be
// undone) and every read maps it to the entity it was merged into.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { EntityRef } from '../records.js';
import { chunks, unique } from './rows.js';

type Db = Kysely<Database>;

/** Each id mapped to the canonical id it answers to now. */
export async function canonicalMap(db: Db, ids: readonly number[]): Promise<Map<number, number>> {
  const parent = new Map<number, number | null>();
  let frontier = unique(ids);
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const part of chunks(frontier)) {
      const rows = await db.selectFrom('entities').select(['id', 'merged_into']).where('id', 'in', part).execute();
      for (const r of rows) {
        parent.set(r.id, r.merged_into);
        if (r.merged_into != null && !parent.has(r.merged_into)) next.push(r.merged_into);
      }
    }
    frontier = unique(next);
  }
  const out = new Map<number, number>();
  for (const id of ids) {
    let at = id;
    // A merge chain is short; the guard stops a corrupted cycle from hanging a read.
    for (let hops = 0; hops < 64; hops++) {
      const up = parent.get(at);
      if (up == null) break;
      at = up;
    }
    out.set(id, at);
  }
  return out;
}

/** Canonical {id, kind, name} for each id (merged ids point at what they were merged into). */
export async function entityRefs(db: Db, ids: readonly number[]): Promise<Map<number, EntityRef>> {
  const canon = await canonicalMap(db, ids);
  const roots = unique(canon.values());
  const byId = new Map<number, EntityRef>();
  for (const part of chunks(roots)) {
    const rows = await db.selectFrom('entities').select(['id', 'kind', 'name']).where('id', 'in', part).execute();
    for (const r of rows) byId.set(r.id, { id: r.id, kind: r.kind, name: r.name });
  }
  const out = new Map<number, EntityRef>();
  for (const [id, root] of canon) {
    const ref = byId.get(root);
    if (ref) out.set(id, ref);
  }
  return out;
}

/** The entity and all entities merged into it, directly or through others. */
export async function memberIds(db: Db, id: number): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    with recursive m(id) as (
      select id from entities where id = ${id}
      union
      select e.id from entities e join m on e.merged_into = m.id
    )
    select id from m`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}

/**
 * Local entity ids of the given documents mapped to canonical entities: "documentId:localId"
 * → ref. Facts store local ids, so one link table decides who every fact is about.
 */
export async function localRefs(db: Db, documentIds: readonly number[]): Promise<Map<string, EntityRef>> {
  const rows: { document_id: number; local_id: string; entity_id: number }[] = [];
  for (const part of chunks(unique(documentIds))) {
    rows.push(...await db.selectFrom('doc_entities').select(['document_id', 'local_id', 'entity_id']).where('document_id', 'in', part).execute());
  }
  const refs = await entityRefs(db, unique(rows.map((r) => r.entity_id)));
  const out = new Map<string, EntityRef>();
  for (const r of rows) {
    const ref = refs.get(r.entity_id);
    if (ref) out.set(`${r.document_id}:${r.local_id}`, ref);
  }
  return out;
}
