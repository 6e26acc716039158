// Screening lists (OFAC SDN, FollowTheMoney, CSV) kept for the screen module, plus the
// knowledge base's own persons served as the virtual list `kb`.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { ListEntry, ListMeta } from '../../model/list.js';
import type { SqlDialect } from './dialect.js';
import { membersOf } from './entities.js';
import { fromJson, nowIso, toJson, unique } from './rows.js';
import { DossierError } from '../../errors.js';

type Db = Kysely<Database>;

/** The list name under which knowledge-base persons are screenable; no imported list may take it. */
export const KB_LIST = 'kb';
const PAGE = 1000;

const MetaInput = ListMeta.omit({ entryCount: true });

export async function replaceList(
  db: Db, dialect: SqlDialect, metaIn: Omit<ListMeta, 'entryCount'>, entries: Iterable<ListEntry> | AsyncIterable<ListEntry>,
): Promise<ListMeta> {
  const parsed = MetaInput.safeParse(metaIn);
  if (!parsed.success) throw new DossierError('invalid_input', `list metadata: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`);
  const meta = parsed.data;
  if (meta.name === KB_LIST) throw new DossierError('invalid_input', `the list name "${KB_LIST}" is reserved for the knowledge base`);
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('list_entries').where('list_name', '=', meta.name).execute();
    await trx.deleteFrom('lists').where('name', '=', meta.name).execute();
    await trx.insertInto('lists').values({ name: meta.name, format: meta.format, source: meta.source, imported_at: meta.importedAt, entry_count: 0 }).execute();
    let seq = 0;
    let batch: Database['list_entries'][] = [];
    const flush = async () => {
      if (batch.length) await trx.insertInto('list_entries').values(batch).execute();
      batch = [];
    };
    for await (const raw of entries) {
      const e = ListEntry.safeParse(raw);
      if (!e.success) {
        throw new DossierError('invalid_input', `list ${meta.name} entry ${seq + 1}: ${e.error.issues[0]!.path.join('.')} ${e.error.issues[0]!.message}`);
      }
      const x = e.data;
      batch.push({
        list_name: meta.name, seq: seq++, id: x.id, kind: x.kind, name: x.name, aliases: toJson(x.aliases), countries: toJson(x.countries),
        birth_dates: toJson(x.birthDates), programs: toJson(x.programs), remarks: x.remarks,
      });
      if (batch.length >= dialect.batchRows) await flush();
    }
    await flush();
    await trx.updateTable('lists').set({ entry_count: seq }).where('name', '=', meta.name).execute();
    return { ...meta, entryCount: seq };
  });
}

export async function getList(db: Db, name: string): Promise<ListMeta | null> {
  if (name === KB_LIST) {
    const r = await db.selectFrom('entities').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kind', '=', 'person').where('merged_into', 'is', null).executeTakeFirstOrThrow();
    return { name: KB_LIST, format: 'kb', source: null, importedAt: nowIso(), entryCount: Number(r.n) };
  }
  const r = await db.selectFrom('lists').selectAll().where('name', '=', name).executeTakeFirst();
  return r ? toMeta(r) : null;
}

export async function listLists(db: Db): Promise<ListMeta[]> {
  const rows = await db.selectFrom('lists').selectAll().orderBy('name').execute();
  return rows.map(toMeta);
}

function toMeta(r: Database['lists']): ListMeta {
  return { name: r.name, format: r.format as ListMeta['format'], source: r.source, importedAt: r.imported_at, entryCount: Number(r.entry_count) };
}

export async function* listEntries(db: Db, name: string): AsyncIterable<ListEntry> {
  if (name === KB_LIST) {
    yield* knowledgeBasePersons(db);
    return;
  }
  let after = -1;
  for (;;) {
    const rows = await db.selectFrom('list_entries').selectAll().where('list_name', '=', name).where('seq', '>', after)
      .orderBy('seq').limit(PAGE).execute();
    for (const r of rows) {
      yield {
        id: r.id, kind: r.kind as ListEntry['kind'], name: r.name,
        aliases: fromJson<string[]>(r.aliases, 'list_entries.aliases'),
        countries: fromJson<string[]>(r.countries, 'list_entries.countries'),
        birthDates: fromJson<string[]>(r.birth_dates, 'list_entries.birth_dates'),
        programs: fromJson<string[]>(r.programs, 'list_entries.programs'),
        remarks: r.remarks,
      };
    }
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Canonical persons, a page at a time, with the names and countries of entities merged into them. */
export async function* knowledgeBasePersons(db: Db): AsyncIterable<ListEntry> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('entities').select(['id', 'name', 'country'])
      .where('kind', '=', 'person').where('merged_into', 'is', null).where('id', '>', after)
      .orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) return;
    const members = await membersOf(db, rows.map((r) => r.id));
    const all = [...members.values()].flat();
    const names = await db.selectFrom('entity_names').select(['entity_id', 'name']).where('entity_id', 'in', all).execute();
    const extra = await db.selectFrom('entities').select(['id', 'country']).where('id', 'in', all).execute();
    const roles = await db.selectFrom('entity_roles').select(['entity_id', 'title']).where('entity_id', 'in', all).execute();
    for (const r of rows) {
      const ids = new Set(members.get(r.id)!);
      const aliases = unique(names.filter((n) => ids.has(n.entity_id)).map((n) => n.name)).filter((n) => n !== r.name);
      const countries = unique([r.country, ...extra.filter((x) => ids.has(x.id)).map((x) => x.country)].filter((c): c is string => c != null));
      const titles = unique(roles.filter((x) => ids.has(x.entity_id)).map((x) => x.title));
      yield {
        id: String(r.id), kind: 'person', name: r.name, aliases, countries, birthDates: [], programs: [],
        remarks: titles.length ? `knowledge base; reported as ${titles.join(', ')}` : 'knowledge base',
      };
    }
    after = rows[rows.length - 1]!.id;
  }
}
