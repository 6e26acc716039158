// Entity listings for browsing: canonical entities filtered by kind, country, party and the
// categories of allegations against them, by name, sorted by how many documents report them.
// An entity's facts include those of entities an analyst merged into it (one merge level deep
// here; merge chains are flattened by the analyst operations in practice).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { EntityFilter } from '../browse-records.js';
import type { EntityRecord } from '../records.js';
import type { Page } from '../store.js';
import { canonicalMap, memberIds } from './canonical.js';
import { entityRecords } from './entities.js';
import { chunks, unique } from './rows.js';
import { foldName } from '../../names/normalize.js';

type Db = Kysely<Database>;

/** Ids of `r` and of the entities merged into it, as a subquery. */
function membersOfRoot(db: Db) {
  const root = sql.ref<number>('r.id');
  return db.selectFrom('entities as m').select('m.id').where((eb) => eb.or([eb('m.id', '=', root), eb('m.merged_into', '=', root)]));
}

/** Canonical entities whose names (or merged members' names) contain the folded query. */
async function rootsNamed(db: Db, q: string): Promise<number[]> {
  const rows = await db.selectFrom('entity_names').select('entity_id').distinct()
    .where('folded', 'like', `%${q.replace(/[\\%_]/g, '')}%`).execute();
  const canon = await canonicalMap(db, rows.map((r) => r.entity_id));
  return unique(canon.values());
}

export async function browseEntities(db: Db, filter: EntityFilter & Page = {}): Promise<EntityRecord[]> {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  const q = filter.q ? foldName(filter.q) : '';
  const named = q ? await rootsNamed(db, q) : null;
  if (named && named.length === 0) return [];

  let query = db.selectFrom('entities as r').select('r.id').where('r.merged_into', 'is', null);
  if (filter.kind) query = query.where('r.kind', '=', filter.kind);
  if (filter.country) query = query.where('r.country', '=', filter.country.toUpperCase());
  if (named) {
    const sets = chunks(named);
    query = query.where((eb) => eb.or(sets.map((s) => eb('r.id', 'in', s))));
  }
  if (filter.category) {
    const category = filter.category;
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('doc_entities as de')
      .innerJoin('allegation_subjects as s', (j) => j.onRef('s.document_id', '=', 'de.document_id').onRef('s.subject_id', '=', 'de.local_id'))
      .select('de.document_id')
      .where('de.entity_id', 'in', membersOfRoot(db))
      .where('s.category', '=', category)));
  }
  if (filter.party !== undefined) {
    const party = await memberIds(db, filter.party);
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('party_links as pl')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'pl.document_id').onRef('de.local_id', '=', 'pl.local_id'))
      .innerJoin('doc_entities as p', (j) => j.onRef('p.document_id', '=', 'pl.document_id').onRef('p.local_id', '=', 'pl.party_local_id'))
      .select('pl.document_id')
      .where('de.entity_id', 'in', membersOfRoot(db))
      .where('p.entity_id', 'in', party.length ? party : [-1])));
  }

  const sort = filter.sort ?? 'id';
  let ids: number[];
  if (sort === 'documents') {
    const rows = await query
      .select((eb) => eb.selectFrom('doc_entities as de')
        .select((inner) => inner.fn.count<number>('de.document_id').distinct().as('n'))
        .where('de.entity_id', 'in', membersOfRoot(db)).as('docs'))
      .orderBy('docs', 'desc').orderBy('r.id').limit(limit).offset(offset).execute();
    ids = rows.map((r) => r.id);
  } else if (sort === 'name') {
    ids = (await query.orderBy(sql`lower(${sql.ref('r.name')})`).orderBy('r.id').limit(limit).offset(offset).execute()).map((r) => r.id);
  } else {
    ids = (await query.orderBy('r.id').limit(limit).offset(offset).execute()).map((r) => r.id);
  }
  return entityRecords(db, ids);
}

/** Canonical entities of each kind. */
export async function entityCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.selectFrom('entities').select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .where('merged_into', 'is', null).groupBy('kind').orderBy('kind').execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}
