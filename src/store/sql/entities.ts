// Entity reads: resolution candidates with every name they are known by, single entities,
// and the filtered listing behind `dossier entities`.
import type { Compilable, Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';
import { runCompiled } from './compiled-queries.js';
import type { Database } from '../schema.js';
import type { CandidateProfile, EntityRecord } from '../records.js';
import type { Page } from '../store.js';
import { canonicalMap } from './canonical.js';
import { CANDIDATE_LIMIT, CandidateCache, EntityShapes, GONE_CODE, KEY_IDS, ONE_DOCUMENT_ENTRIES, RECENT_ROWS, cachedLists, documentAt, documentsOf, packRows, rowCount, sortedIds, type EntityRow, type RecentRow, type RecentRows } from './candidate-cache.js';
import { chunks, unique } from './rows.js';
import { foldName } from '../../names/normalize.js';
import { lowerBound } from '../../sorted-search.js';
import { frozenProfile } from './packed-profiles.js';

type Db = Kysely<Database>;

/**
 * A query of one call site: built once per shape when the dialect is given (see
 * compiled-queries.ts), otherwise built as usual.
 */
async function run<O>(db: Db, dialect: SqlDialect | undefined, name: string, params: readonly unknown[], build: () => Compilable<O>): Promise<O[]> {
  return dialect ? runCompiled(db, dialect, name, params, build) : (await db.executeQuery(build().compile())).rows;
}

/** Each root mapped to itself and every entity merged into it (usually just itself). */
export async function membersOf(db: Db, roots: readonly number[], dialect?: SqlDialect): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(roots.map((r) => [r, [r]]));
  const rootOf = new Map<number, number>(roots.map((r) => [r, r]));
  let frontier = [...roots];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const part of chunks(frontier)) {
      const rows = await run(db, dialect, 'members', part, () => db.selectFrom('entities').select(['id', 'merged_into']).where('merged_into', 'in', part));
      for (const r of rows) {
        const root = rootOf.get(r.merged_into!)!;
        if (rootOf.has(r.id)) continue;
        rootOf.set(r.id, root);
        out.get(root)!.push(r.id);
        next.push(r.id);
      }
    }
    frontier = next;
  }
  return out;
}

export async function findCandidates(db: Db, dialect: SqlDialect, kind: string, keys: string[], limit = CANDIDATE_LIMIT, cache?: CandidateCache): Promise<CandidateProfile[]> {
  return (await findCandidatesMany(db, dialect, [{ kind, keys }], limit, cache))[0]!;
}

/**
 * Candidates for several mentions at once (one document's entities): the same few queries
 * whatever the number of mentions, which matters on a networked database. With a cache (kept
 * valid by the store, see candidate-cache.ts), only what it does not hold is read.
 */
export async function findCandidatesMany(
  db: Db, dialect: SqlDialect, requests: { kind: string; keys: string[] }[], limit = CANDIDATE_LIMIT, cache = new CandidateCache(ONE_DOCUMENT_ENTRIES),
): Promise<CandidateProfile[][]> {
  // The cache keeps the ids a walk of CANDIDATE_LIMIT reads (KEY_IDS); a caller asking for more
  // reads its keys' lists whole, past the cache.
  const cached = limit <= CANDIDATE_LIMIT;
  const listOf = await cachedLists(cached ? cache.keys : new Map<string, number[]>(), unique(requests.flatMap((r) => r.keys)), async (part) =>
    (await run(db, dialect, 'keys', part, () => db.selectFrom('entity_keys').select(['key', 'entity_id']).where('key', 'in', part)
      .orderBy('key').orderBy('entity_id'))).map((r) => [r.key, r.entity_id]), cached ? KEY_IDS : Infinity);
  const byKey = new Map<string, number[]>();
  for (const [k, ids] of listOf) if (ids.length) byKey.set(k, ids);
  if (byKey.size === 0) return requests.map(() => []);
  // A common surname can reach thousands of entities: past a few times the limit, a key is too
  // common to decide anything. A lone surname (`s:`) is looked up only for surname-only
  // mentions, which need position and country to link; its oldest `limit` entities are enough.
  // Each mention keeps its first `limit` candidates of its kind, each answered for by the entity
  // it was merged into: the keys' lists are walked only that far (a common name's list is
  // hundreds of entities), reading the entity rows the walk has not seen in rounds.
  // The walk reads kinds and merge targets from the cache's dense arrays; whole rows are read
  // for the ids it has not seen, and later for the candidates whose profile is not cached.
  const rowOf = new Map<number, EntityRow>();
  const readRows = async (ids: number[]) => {
    for (const part of chunks(ids)) {
      const rows = await run(db, dialect, 'entity rows', part,
        () => db.selectFrom('entities').select(['id', 'kind', 'name', 'country', 'org_type', 'origin', 'merged_into']).where('id', 'in', part));
      for (const r of rows) {
        rowOf.set(r.id, r);
        cache.shapes.set(r.id, { kind: r.kind, mergedInto: r.merged_into });
      }
      // An id without a row (a dangling key) is left out of the walk from now on.
      for (const id of part) if (!rowOf.has(id)) cache.shapes.set(id, { kind: null, mergedInto: null });
    }
  };
  let kept: number[][];
  for (;;) {
    const missing = new Set<number>();
    kept = requests.map((r) => walkKeys(r, byKey, limit, cache.shapes, missing));
    if (missing.size === 0) break;
    await readRows([...missing]);
  }
  const ids = unique(kept.flat());
  // Profiles the cache holds are taken whole; the rest are put together from members, names,
  // roles and open merge candidates (each from the cache where it holds them).
  const profiles = new Map<number, CandidateProfile>();
  for (const id of ids) {
    const p = cache.profiles.get(id);
    if (p) profiles.set(id, p);
  }
  const entities = new Map<number, EntityRow>();
  const unread: number[] = [];
  for (const id of ids) {
    if (profiles.has(id)) continue;
    const r = rowOf.get(id);
    if (r) entities.set(id, r);
    else unread.push(id);
  }
  // The rows of candidates the walk knew from earlier reads (an id whose row went in the
  // meantime is no candidate).
  await readRows(unread);
  for (const id of unread) {
    const r = rowOf.get(id);
    if (r) entities.set(id, r);
  }
  const roots = [...entities.keys()];
  const unknownMembers = roots.filter((id) => !cache.members.has(id));
  const members = new Map<number, number[]>(roots.flatMap((id) => {
    const m = cache.members.get(id);
    return m ? [[id, m]] : [];
  }));
  for (const [root, memberIds] of await membersOf(db, unknownMembers, dialect)) {
    members.set(root, memberIds);
    cache.members.set(root, memberIds);
  }
  // A profile the cache lost is put together again from the database (names and roles are
  // not kept apart from it: they change together, and would only double what is kept).
  const names = new Map<number, string[]>(roots.map((id) => [id, []]));
  const roles = new Map<number, { title: string; jurisdiction: string }[]>(roots.map((id) => [id, []]));
  const rootOf = new Map<number, number>();
  for (const root of roots) for (const id of members.get(root)!) rootOf.set(id, root);
  for (const part of chunks([...rootOf.keys()])) {
    for (const n of await run(db, dialect, 'names', part, () => db.selectFrom('entity_names').select(['entity_id', 'name']).where('entity_id', 'in', part))) {
      names.get(rootOf.get(n.entity_id)!)!.push(n.name);
    }
    for (const r of await run(db, dialect, 'roles', part, () => db.selectFrom('entity_roles').select(['entity_id', 'title', 'jurisdiction']).where('entity_id', 'in', part))) {
      roles.get(rootOf.get(r.entity_id)!)!.push({ title: r.title, jurisdiction: r.jurisdiction });
    }
  }
  // An entity made for an undecidable mention stays the place for that name until an analyst
  // decides: while it has open merge candidates, or none at all (a lone surname's holder made
  // before anyone else of that surname was known leaves an analyst nothing to decide).
  const undecided = roots.filter((id) => entities.get(id)!.origin === 'undecided');
  const unresolved = new Set<number>(undecided.filter((id) => cache.unresolved.get(id) === true));
  const unknown = undecided.filter((id) => !cache.unresolved.has(id));
  for (const part of chunks(unknown)) {
    const rows = await run(db, dialect, 'candidate statuses', part, () => db.selectFrom('merge_candidates').select(['entity_id', 'status']).distinct()
      .where('entity_id', 'in', part));
    const decided = new Set<number>();
    for (const r of rows) {
      if (r.status === 'open') unresolved.add(r.entity_id);
      else decided.add(r.entity_id);
    }
    for (const id of part) if (!decided.has(id)) unresolved.add(id);
  }
  for (const id of unknown) cache.unresolved.set(id, unresolved.has(id));
  for (const id of roots) {
    const e = entities.get(id)!;
    const p = frozenProfile({
      id: e.id, kind: e.kind, name: e.name, country: e.country, orgType: e.org_type,
      names: unique([e.name, ...names.get(e.id)!]), roles: roles.get(e.id)!, unresolved: unresolved.has(e.id),
    });
    profiles.set(id, p);
    cache.profiles.set(id, p);
  }
  // The same profile objects go to every caller (and stay in the cache).
  return kept.map((list) => list.flatMap((id) => profiles.get(id) ?? []));
}

/**
 * One mention's candidates: the first `limit` distinct entities of its kind that its keys'
 * entities answer to (following merges), in key order and within a key by id. An entity whose
 * shape (or whose merge target's) is not known yet is put in `missing` and counted as if it
 * were one, so that the walk reads no further than needed; it is walked again once read.
 */
function walkKeys(
  r: { kind: string; keys: string[] }, byKey: Map<string, number[]>, limit: number,
  shapes: EntityShapes, missing: Set<number>,
): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const kind = shapes.codeOf(r.kind);
  let unknown = 0;
  for (const k of r.keys) {
    const list = byKey.get(k);
    if (!list) continue;
    const end = Math.min(list.length, k.startsWith('s:') ? limit : limit * 4);
    for (let i = 0; i < end && out.length + unknown < limit; i++) {
      let at = list[i]!;
      let code = shapes.code(at);
      // A merge chain is short; the guard stops a corrupted cycle from hanging a read.
      for (let hops = 0; code !== 0 && code !== GONE_CODE && hops < 64; hops++) {
        const next = shapes.mergedInto(at);
        if (next === 0) break;
        at = next;
        code = shapes.code(at);
      }
      if (code === 0) {
        missing.add(at);
        unknown++;
      } else if (code === kind && !seen.has(at)) {
        seen.add(at);
        out.push(at);
      }
    }
  }
  return out;
}

/**
 * For each entity, how many of `others` are named in its latest 50 documents: bounded queries
 * however famous the entities, and the same few queries for all of them (a round trip each on
 * PostgreSQL, which keeps nothing across documents).
 */
export async function coMentionCounts(db: Db, dialect: SqlDialect, entityIds: number[], others: number[], cache = new CandidateCache(ONE_DOCUMENT_ENTRIES)): Promise<number[]> {
  if (others.length === 0 || entityIds.length === 0) return entityIds.map(() => 0);
  const unknown = entityIds.filter((id) => !cache.members.has(id));
  const read = unknown.length ? await membersOf(db, unknown, dialect) : new Map<number, number[]>();
  const rowsOf = await latestRows(db, dialect, entityIds.map((id) => ({ id, ids: cache.members.get(id) ?? read.get(id)! })), cache);
  // An entity that is a candidate in report after report has its neighbours put together once
  // for each list of latest rows.
  const neighboursOf = new Map<number, Int32Array>();
  const building: number[] = [];
  for (const id of entityIds) {
    const known = cache.neighbours.get(id);
    if (known && known.rows === rowsOf.get(id)) neighboursOf.set(id, known.ids);
    else building.push(id);
  }
  // A stored document's entities change only when it is re-extracted or split (the cache then
  // starts over), so they are read once per run.
  const entitiesOf = await cachedLists(cache.docEntities, unique(building.flatMap((id) => documentsOf(rowsOf.get(id)!))), async (part) =>
    (await run(db, dialect, 'document entities', part, () => db.selectFrom('doc_entities').select(['document_id', 'entity_id']).where('document_id', 'in', part)))
      .map((r) => [r.document_id, r.entity_id]));
  for (const id of building) {
    const rows = rowsOf.get(id)!;
    const ids: number[] = [];
    for (let i = 0; i < rowCount(rows); i++) for (const other of entitiesOf.get(documentAt(rows, i))!) ids.push(other);
    const neighbours = sortedIds(ids);
    cache.neighbours.set(id, { rows, ids: neighbours });
    neighboursOf.set(id, neighbours);
  }
  const wanted = unique(others);
  return entityIds.map((id) => {
    const neighbours = neighboursOf.get(id)!;
    let shared = 0;
    for (const other of wanted) if (neighbours[lowerBound(neighbours, other)] === other) shared++;
    return shared;
  });
}

/**
 * Each entity's (and its members') latest mention rows. Read as lists first: a count then
 * starts from 50 documents' primary keys, not from every mention of a famous co-mentioned
 * entity. Kept in the cache for an entity without members (see CandidateCache.recent); the
 * rest are read in one statement, a union of one bounded query per entity.
 */
async function latestRows(db: Db, dialect: SqlDialect, wanted: { id: number; ids: number[] }[], cache: CandidateCache): Promise<Map<number, RecentRows>> {
  const out = new Map<number, RecentRows>();
  const missing: { id: number; ids: number[] }[] = [];
  for (const w of wanted) {
    const cached = cache.recent.get(w.id);
    if (cached) out.set(w.id, cached);
    else if (!missing.some((m) => m.id === w.id)) missing.push(w);
  }
  // SQLite answers from its own process: one small prepared query per entity is faster there
  // than a union; PostgreSQL saves a round trip per entity.
  for (const part of chunks(missing, dialect.name === 'postgres' ? 20 : 1)) {
    const latest = (n: number, ids: number[]) => db.selectFrom('doc_entities').select((eb) => [eb.val(n).as('n'), 'document_id', 'reported'])
      .where('entity_id', 'in', ids).orderBy('reported', 'desc').orderBy('document_id', 'desc').limit(RECENT_ROWS);
    const params = part.flatMap((m, n) => [n, ...m.ids, RECENT_ROWS]);
    const rows = await run(db, dialect, `latest rows ${part.map((m) => m.ids.length).join(',')}`, params, () => (part.length === 1 ? latest(0, part[0]!.ids) : part
      .map((m, n) => db.selectFrom(latest(n, m.ids).as(`t${n}`)).selectAll())
      .reduce((all, next) => all.unionAll(next))));
    const lists = part.map((): RecentRow[] => []);
    for (const r of rows) lists[Number(r.n)]!.push({ documentId: r.document_id, reported: r.reported });
    part.forEach((m, n) => {
      // A union keeps each part's rows in their order, but that is not promised: sorted again.
      const list = packRows(lists[n]!);
      out.set(m.id, list);
      if (m.ids.length === 1 && m.ids[0] === m.id) cache.recent.set(m.id, list);
    });
  }
  return out;
}

export async function getEntity(db: Db, id: number): Promise<EntityRecord | null> {
  const [record] = await entityRecords(db, [id]);
  return record ?? null;
}

export async function listEntities(db: Db, filter: { kind?: string; q?: string } & Page = {}): Promise<EntityRecord[]> {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const q = filter.q ? foldName(filter.q) : '';
  let ids: number[];
  if (q) {
    // Names of merged entities count too: a search for a name the analyst merged away finds the survivor.
    const rows = await db.selectFrom('entity_names').select('entity_id').distinct()
      .where('folded', 'like', `%${q.replace(/[\\%_]/g, '')}%`).execute();
    const canon = await canonicalMap(db, rows.map((r) => r.entity_id));
    let roots = unique(canon.values()).sort((a, b) => a - b);
    if (filter.kind) {
      const kept = new Set<number>();
      for (const part of chunks(roots)) {
        const rs = await db.selectFrom('entities').select('id').where('id', 'in', part).where('kind', '=', filter.kind).execute();
        for (const r of rs) kept.add(r.id);
      }
      roots = roots.filter((r) => kept.has(r));
    }
    ids = roots.slice(offset, offset + limit);
  } else {
    let query = db.selectFrom('entities').select('id').where('merged_into', 'is', null);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    ids = (await query.orderBy('id').limit(limit).offset(offset).execute()).map((r) => r.id);
  }
  return entityRecords(db, ids);
}

/** Full records, aliases gathered over merged members, in the order of `ids`. */
export async function entityRecords(db: Db, ids: number[]): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('entities').selectAll().where('id', 'in', ids).execute();
  const members = await membersOf(db, rows.map((r) => r.id));
  const out = new Map<number, EntityRecord>();
  for (const r of rows) {
    const ids = members.get(r.id)!;
    const names = await db.selectFrom('entity_names').select('name').where('entity_id', 'in', ids).orderBy('name').execute();
    const docs = await db.selectFrom('entity_stats').select((eb) => eb.fn.sum<number>('documents').as('n'))
      .where('entity_id', 'in', ids).executeTakeFirstOrThrow();
    const aliases = new Map<string, string>();
    for (const n of names) {
      const f = foldName(n.name);
      if (f !== foldName(r.name) && !aliases.has(f)) aliases.set(f, n.name);
    }
    out.set(r.id, {
      id: r.id,
      kind: r.kind,
      name: r.name,
      aliases: [...aliases.values()],
      country: r.country,
      orgType: r.org_type,
      origin: r.origin,
      createdAt: r.created_at,
      mergedInto: r.merged_into,
      documentCount: Number(docs.n ?? 0),
    });
  }
  return ids.flatMap((id) => out.get(id) ?? []);
}
