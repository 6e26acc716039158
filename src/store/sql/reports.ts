// The facts about an entity as reported, with provenance: positions and parties with their
// report dates, allegation reports by thread, responses, events, co-mentions, documents.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type {
  AllegationReport, CoMention, DocumentDate, EntityRef, EventReport, PartySummary, PositionSummary,
  ResolvedSource, ResponseReport, ThreadSummary,
} from '../records.js';
import type { Source } from '../../model/extraction.js';
import type { Page } from '../store.js';
import { canonicalMap, entityRefs, localRefs } from './canonical.js';
import { chunks, fromJson, unique } from './rows.js';

type Db = Kysely<Database>;

const UNKNOWN: EntityRef = { id: 0, kind: 'unknown', name: '(unknown)' };

/**
 * An entity column compared where the rows are found by document: `+column` keeps SQLite from
 * walking the entity's index instead (without ANALYZE statistics it prefers it, and for an
 * entity named in 50,000 documents that read every one of them for one document's rows).
 */
function byDocument(column: 'de.entity_id' | 'entity_id') {
  return sql<number>`+${sql.ref(column)}`;
}

function docDate(r: { document_id: number; title: string | null; outlet: string | null; published: string | null; ingested_at: string }): DocumentDate {
  return { documentId: r.document_id, title: r.title, outlet: r.outlet, published: r.published, ingestedAt: r.ingested_at };
}

export async function positionSummaries(db: Db, ids: number[]): Promise<PositionSummary[]> {
  const groups = await db.selectFrom('position_stats')
    .select((eb) => ['title', 'jurisdiction', 'status', eb.fn.sum<number>('reports').as('reports'), eb.fn.min('first').as('first'),
      eb.fn.max('last').as('last'), eb.fn.max('latest_doc').as('latest_doc')])
    .where('entity_id', 'in', ids).groupBy(['title', 'jurisdiction', 'status'])
    .orderBy('last', 'desc').orderBy('title').limit(100).execute();
  const out: PositionSummary[] = [];
  for (const g of groups) {
    let latest = db.selectFrom('positions as p')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'p.document_id').onRef('de.local_id', '=', 'p.local_id'))
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select(['p.document_id', 'p.span_start', 'p.span_end', 'p.quote', 'p.extractor_version', 'd.published'])
      .where('p.document_id', '=', Number(g.latest_doc)).where('de.entity_id', 'in', ids)
      .where('p.title', '=', g.title).where('p.status', '=', g.status);
    latest = g.jurisdiction === '' ? latest.where('p.jurisdiction', 'is', null) : latest.where('p.jurisdiction', '=', g.jurisdiction);
    const l = await latest.executeTakeFirst();
    out.push({
      title: g.title, jurisdiction: g.jurisdiction === '' ? null : g.jurisdiction, status: g.status, reports: Number(g.reports),
      firstReported: g.first, lastReported: g.last,
      latest: l
        ? { documentId: l.document_id, span: { start: l.span_start, end: l.span_end }, quote: l.quote, extractorVersion: l.extractor_version, published: l.published }
        : { documentId: Number(g.latest_doc), span: { start: 0, end: 0 }, quote: '', extractorVersion: '', published: null },
    });
  }
  return out;
}

export async function partySummaries(db: Db, ids: number[]): Promise<PartySummary[]> {
  const rows = await db.selectFrom('party_stats')
    .select((eb) => ['party_id', eb.fn.sum<number>('reports').as('reports'), eb.fn.min('first').as('first'), eb.fn.max('last').as('last'), eb.fn.max('latest_doc').as('latest_doc')])
    .where('entity_id', 'in', ids).groupBy('party_id').execute();
  const refs = await entityRefs(db, rows.map((r) => r.party_id));
  const merged = new Map<number, PartySummary>();
  for (const r of rows) {
    const party = refs.get(r.party_id) ?? UNKNOWN;
    const latestDoc = Number(r.latest_doc);
    const mention = await db.selectFrom('doc_entities as de').innerJoin('documents as d', 'd.id', 'de.document_id')
      .select(['de.mentions', 'de.extractor_version', 'd.published', 'd.text'])
      .where('de.document_id', '=', latestDoc).where(byDocument('de.entity_id'), '=', r.party_id).executeTakeFirst();
    const span = mention ? fromJson<{ start: number; end: number }[]>(mention.mentions, 'doc_entities.mentions')[0] ?? { start: 0, end: 0 } : { start: 0, end: 0 };
    const summary: PartySummary = {
      party, reports: Number(r.reports), firstReported: r.first, lastReported: r.last,
      latest: { documentId: latestDoc, span, quote: mention ? mention.text.slice(span.start, span.end) : '', extractorVersion: mention?.extractor_version ?? '', published: mention?.published ?? null },
    };
    const prev = merged.get(party.id);
    merged.set(party.id, prev ? { ...prev, reports: prev.reports + summary.reports } : summary);
  }
  return [...merged.values()];
}

export async function threadSummaries(db: Db, ids: number[]): Promise<ThreadSummary[]> {
  const rows = await db.selectFrom('thread_stats')
    .select((eb) => ['category', eb.fn.sum<number>('reports').as('reports'), eb.fn.sum<number>('documents').as('documents'),
      eb.fn.min('first').as('first'), eb.fn.max('last').as('last')])
    .where('entity_id', 'in', ids).groupBy('category').orderBy('reports', 'desc').orderBy('category').execute();
  return rows.map((r) => ({
    category: r.category, reportCount: Number(r.reports), documentCount: Number(r.documents), firstReported: r.first, lastReported: r.last,
  }));
}

export async function allegationReports(db: Db, ids: number[], category: string, page: Page = {}): Promise<AllegationReport[]> {
  // Walks the entity's mentions newest first (an index) and stops at the page's end.
  const found = await db.selectFrom('doc_entities as de')
    .innerJoin('allegation_subjects as s', (j) => j.onRef('s.document_id', '=', 'de.document_id').onRef('s.subject_id', '=', 'de.local_id'))
    .select(['s.document_id', 's.allegation_id'])
    .where('de.entity_id', 'in', ids).where('s.category', '=', category)
    .orderBy('de.reported', 'desc').orderBy('de.document_id', 'desc').orderBy('s.allegation_id')
    .limit((page.limit ?? 20) + (page.offset ?? 0) + 8).execute();
  const seen = new Set<string>();
  const wanted = found.filter((f) => {
    const k = `${f.document_id}:${f.allegation_id}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(page.offset ?? 0, (page.offset ?? 0) + (page.limit ?? 20));
  if (wanted.length === 0) return [];
  const rows = await db.selectFrom('allegations as a').innerJoin('documents as d', 'd.id', 'a.document_id')
    .select(['a.document_id', 'a.local_id', 'a.category', 'a.verification', 'a.sources', 'a.span_start', 'a.span_end', 'a.quote',
      'a.extractor_version', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at'])
    .where((eb) => eb.or(wanted.map((w) => eb.and([eb('a.document_id', '=', w.document_id), eb('a.local_id', '=', w.allegation_id)]))))
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.document_id}:${r.local_id}`, r] as const));
  const refs = await localRefs(db, wanted.map((r) => r.document_id));
  return wanted.flatMap((w) => {
    const r = byKey.get(`${w.document_id}:${w.allegation_id}`);
    if (!r) return [];
    return [{
      documentId: r.document_id,
      allegationId: r.local_id,
      category: r.category,
      verification: r.verification,
      sources: fromJson<Source[]>(r.sources, 'allegations.sources').map((s): ResolvedSource => ({
        kind: s.kind,
        entity: s.entity ? refs.get(`${r.document_id}:${s.entity}`) ?? null : null,
        count: s.count ?? null,
        description: s.description,
      })),
      span: { start: r.span_start, end: r.span_end },
      quote: r.quote,
      extractorVersion: r.extractor_version,
      document: docDate(r),
    }];
  });
}

function responseSelect(db: Db) {
  return db.selectFrom('responses as r').innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.document_id', 'r.local_id', 'r.by_id', 'r.stance', 'r.allegations', 'r.span_start', 'r.span_end', 'r.quote',
      'r.extractor_version', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at']);
}

type ResponseRow = Awaited<ReturnType<ReturnType<typeof responseSelect>['execute']>>[number];

async function toResponses(db: Db, rows: ResponseRow[]): Promise<ResponseReport[]> {
  const refs = await localRefs(db, rows.map((r) => r.document_id));
  return rows.map((r) => ({
    documentId: r.document_id,
    responseId: r.local_id,
    by: refs.get(`${r.document_id}:${r.by_id}`) ?? UNKNOWN,
    stance: r.stance,
    allegations: fromJson<string[]>(r.allegations, 'responses.allegations'),
    span: { start: r.span_start, end: r.span_end },
    quote: r.quote,
    extractorVersion: r.extractor_version,
    document: docDate(r),
  }));
}

export async function responsesIn(db: Db, documentIds: number[]): Promise<ResponseReport[]> {
  const rows: ResponseRow[] = [];
  for (const part of chunks(unique(documentIds))) {
    rows.push(...await responseSelect(db).where('r.document_id', 'in', part).orderBy('r.document_id').orderBy('r.local_id').execute());
  }
  return toResponses(db, rows);
}

export async function responsesBy(db: Db, ids: number[], page: Page = {}): Promise<ResponseReport[]> {
  const rows = await responseSelect(db)
    .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'r.document_id').onRef('de.local_id', '=', 'r.by_id'))
    .where('de.entity_id', 'in', ids)
    .orderBy('de.reported', 'desc').orderBy('r.document_id', 'desc').orderBy('r.local_id')
    .limit(page.limit ?? 50).offset(page.offset ?? 0).execute();
  return toResponses(db, rows);
}

export async function allegationSubjectsIn(db: Db, documentIds: number[]) {
  const rows: { document_id: number; allegation_id: string; subject_id: string }[] = [];
  for (const part of chunks(unique(documentIds))) {
    rows.push(...await db.selectFrom('allegation_subjects').select(['document_id', 'allegation_id', 'subject_id']).where('document_id', 'in', part).execute());
  }
  const refs = await localRefs(db, rows.map((r) => r.document_id));
  return rows.map((r) => ({ documentId: r.document_id, allegationId: r.allegation_id, subject: refs.get(`${r.document_id}:${r.subject_id}`) ?? UNKNOWN }));
}

export async function eventReports(db: Db, ids: number[], page: Page = {}): Promise<EventReport[]> {
  // Events of the latest 200 documents: a dossier shows the latest few, and a famous entity has
  // tens of thousands. Each step starts from those documents' primary keys.
  const recent = await recentDocuments(db, ids, 200);
  if (recent.length === 0) return [];
  const mine = new Set<string>();
  const roles: { document_id: number; event_id: string; entity_local_id: string; role: string }[] = [];
  for (const part of chunks(recent)) {
    for (const r of await db.selectFrom('doc_entities').select(['document_id', 'local_id']).where('document_id', 'in', part).where(byDocument('entity_id'), 'in', ids).execute()) {
      mine.add(`${r.document_id}:${r.local_id}`);
    }
    roles.push(...await db.selectFrom('event_roles').selectAll().where('document_id', 'in', part).execute());
  }
  const events = unique(roles.filter((r) => r.role !== 'place' && mine.has(`${r.document_id}:${r.entity_local_id}`)).map((r) => `${r.document_id}:${r.event_id}`));
  if (events.length === 0) return [];
  const rows: (Database['events'] & { title: string | null; outlet: string | null; published: string | null; ingested_at: string })[] = [];
  for (const part of chunks(events, 200)) {
    rows.push(...await db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.document_id')
      .select(['e.document_id', 'e.local_id', 'e.kind', 'e.count', 'e.date', 'e.place_id', 'e.span_start', 'e.span_end', 'e.quote',
        'e.extractor_version', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at'])
      .where((eb) => eb.or(part.map((k) => {
        const [doc, local] = k.split(':') as [string, string];
        return eb.and([eb('e.document_id', '=', Number(doc)), eb('e.local_id', '=', local)]);
      }))).execute());
  }
  // An event's own date sorts it when it is an ISO date; otherwise the report's date does.
  const when = (r: (typeof rows)[number]) => (r.date && /^\d{4}(-\d{2}){0,2}$/.test(r.date) ? r.date : r.published ?? r.ingested_at.slice(0, 10));
  rows.sort((x, y) => when(y).localeCompare(when(x)) || y.document_id - x.document_id || x.local_id.localeCompare(y.local_id));
  const pageRows = rows.slice(page.offset ?? 0, (page.offset ?? 0) + (page.limit ?? 50));
  const refs = await localRefs(db, pageRows.map((r) => r.document_id));
  const ref = (doc: number, local: string) => refs.get(`${doc}:${local}`) ?? UNKNOWN;
  return pageRows.map((r) => {
    const own = roles.filter((x) => x.document_id === r.document_id && x.event_id === r.local_id);
    return {
      documentId: r.document_id,
      eventId: r.local_id,
      kind: r.kind,
      actors: own.filter((x) => x.role === 'actor').map((x) => ref(r.document_id, x.entity_local_id)),
      targets: own.filter((x) => x.role === 'target').map((x) => ref(r.document_id, x.entity_local_id)),
      place: r.place_id ? ref(r.document_id, r.place_id) : null,
      count: r.count,
      date: r.date,
      span: { start: r.span_start, end: r.span_end },
      quote: r.quote,
      extractorVersion: r.extractor_version,
      document: docDate(r),
    };
  });
}

/**
 * The entity's latest documents by report date. Fetched first, as a list, so the query that
 * uses them starts from these few documents and not from every mention of a famous entity.
 */
async function recentDocuments(db: Db, ids: number[], limit: number): Promise<number[]> {
  const rows = await db.selectFrom('doc_entities').select('document_id').where('entity_id', 'in', ids)
    .orderBy('reported', 'desc').orderBy('document_id', 'desc').limit(limit).execute();
  return unique(rows.map((r) => r.document_id));
}

/** Entities most often named in the same documents, over the entity's latest 200 documents. */
export async function coMentioned(db: Db, ids: number[], limit = 20): Promise<CoMention[]> {
  const recent = await recentDocuments(db, ids, 200);
  if (recent.length === 0) return [];
  const rows = await db.selectFrom('doc_entities as o')
    .select((eb) => ['o.entity_id', eb.fn.count<number>('o.document_id').distinct().as('n')])
    .where('o.document_id', 'in', recent).where('o.entity_id', 'not in', ids)
    .groupBy('o.entity_id').orderBy('n', 'desc').orderBy('o.entity_id').limit(limit * 2).execute();
  const canon = await canonicalMap(db, rows.map((r) => r.entity_id));
  const refs = await entityRefs(db, rows.map((r) => r.entity_id));
  const counts = new Map<number, CoMention>();
  for (const r of rows) {
    const ref = refs.get(r.entity_id);
    if (!ref || ids.includes(canon.get(r.entity_id)!)) continue;
    const prev = counts.get(ref.id);
    counts.set(ref.id, { ...ref, documents: (prev?.documents ?? 0) + Number(r.n) });
  }
  return [...counts.values()].sort((a, b) => b.documents - a.documents || a.id - b.id).slice(0, limit);
}

export async function entityDocuments(db: Db, ids: number[], page: Page = {}): Promise<DocumentDate[]> {
  const limit = page.limit ?? 20;
  const offset = page.offset ?? 0;
  const recent = await db.selectFrom('doc_entities').select(['document_id', 'reported']).where('entity_id', 'in', ids)
    .orderBy('reported', 'desc').orderBy('document_id', 'desc').limit((limit + offset) * 4 + 8).execute();
  const docIds = unique(recent.map((r) => r.document_id)).slice(offset, offset + limit);
  if (docIds.length === 0) return [];
  const rows = await db.selectFrom('documents as d')
    .select(['d.id as document_id', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at'])
    .where('d.id', 'in', docIds).execute();
  const byId = new Map(rows.map((r) => [r.document_id, r] as const));
  return docIds.flatMap((id) => (byId.has(id) ? [docDate(byId.get(id)!)] : []));
}

export async function countEntityDocuments(db: Db, ids: number[]): Promise<number> {
  const r = await db.selectFrom('entity_stats').select((eb) => eb.fn.sum<number>('documents').as('n'))
    .where('entity_id', 'in', ids).executeTakeFirst();
  return Number(r?.n ?? 0);
}
