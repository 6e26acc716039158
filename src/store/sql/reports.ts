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
import { chunks, fromJson, reportedDate, unique } from './rows.js';

type Db = Kysely<Database>;

const UNKNOWN: EntityRef = { id: 0, kind: 'unknown', name: '(unknown)' };

function docDate(r: { document_id: number; title: string | null; outlet: string | null; published: string | null; ingested_at: string }): DocumentDate {
  return { documentId: r.document_id, title: r.title, outlet: r.outlet, published: r.published, ingestedAt: r.ingested_at };
}

export async function positionSummaries(db: Db, ids: number[]): Promise<PositionSummary[]> {
  const groups = await db.selectFrom('positions as p')
    .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'p.document_id').onRef('de.local_id', '=', 'p.local_id'))
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select((eb) => [
      'p.title', 'p.jurisdiction', 'p.status',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.min(reportedDate('d')).as('first'),
      eb.fn.max(reportedDate('d')).as('last'),
      eb.fn.max('p.document_id').as('latest_doc'),
    ])
    .where('de.entity_id', 'in', ids)
    .groupBy(['p.title', 'p.jurisdiction', 'p.status'])
    .orderBy('last', 'desc').limit(100).execute();
  const out: PositionSummary[] = [];
  for (const g of groups) {
    let latest = db.selectFrom('positions as p')
      .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'p.document_id').onRef('de.local_id', '=', 'p.local_id'))
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .select(['p.document_id', 'p.span_start', 'p.span_end', 'p.quote', 'p.extractor_version', 'd.published'])
      .where('p.document_id', '=', Number(g.latest_doc)).where('de.entity_id', 'in', ids)
      .where('p.title', '=', g.title).where('p.status', '=', g.status);
    latest = g.jurisdiction == null ? latest.where('p.jurisdiction', 'is', null) : latest.where('p.jurisdiction', '=', g.jurisdiction);
    const l = await latest.executeTakeFirstOrThrow();
    out.push({
      title: g.title, jurisdiction: g.jurisdiction, status: g.status, reports: Number(g.reports),
      firstReported: g.first, lastReported: g.last,
      latest: { documentId: l.document_id, span: { start: l.span_start, end: l.span_end }, quote: l.quote, extractorVersion: l.extractor_version, published: l.published },
    });
  }
  return out;
}

export async function partySummaries(db: Db, ids: number[]): Promise<PartySummary[]> {
  const rows = await db.selectFrom('party_links as pl')
    .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'pl.document_id').onRef('de.local_id', '=', 'pl.local_id'))
    .innerJoin('doc_entities as party', (j) => j.onRef('party.document_id', '=', 'pl.document_id').onRef('party.local_id', '=', 'pl.party_local_id'))
    .innerJoin('documents as d', 'd.id', 'pl.document_id')
    .select((eb) => [
      'party.entity_id as party_id',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.min(reportedDate('d')).as('first'),
      eb.fn.max(reportedDate('d')).as('last'),
      eb.fn.max('pl.document_id').as('latest_doc'),
    ])
    .where('de.entity_id', 'in', ids)
    .groupBy('party.entity_id').execute();
  const refs = await entityRefs(db, rows.map((r) => r.party_id));
  const merged = new Map<number, PartySummary>();
  for (const r of rows) {
    const party = refs.get(r.party_id) ?? UNKNOWN;
    const latestDoc = Number(r.latest_doc);
    const mention = await db.selectFrom('doc_entities as de').innerJoin('documents as d', 'd.id', 'de.document_id')
      .select(['de.mentions', 'de.extractor_version', 'd.published', 'd.text'])
      .where('de.document_id', '=', latestDoc).where('de.entity_id', '=', r.party_id).executeTakeFirstOrThrow();
    const span = fromJson<{ start: number; end: number }[]>(mention.mentions, 'doc_entities.mentions')[0] ?? { start: 0, end: 0 };
    const summary: PartySummary = {
      party, reports: Number(r.reports), firstReported: r.first, lastReported: r.last,
      latest: { documentId: latestDoc, span, quote: mention.text.slice(span.start, span.end), extractorVersion: mention.extractor_version, published: mention.published },
    };
    const prev = merged.get(party.id);
    merged.set(party.id, prev ? { ...prev, reports: prev.reports + summary.reports } : summary);
  }
  return [...merged.values()];
}

export async function threadSummaries(db: Db, ids: number[]): Promise<ThreadSummary[]> {
  const rows = await db.selectFrom('doc_entities as de')
    .innerJoin('allegation_subjects as s', (j) => j.onRef('s.document_id', '=', 'de.document_id').onRef('s.subject_id', '=', 'de.local_id'))
    .innerJoin('documents as d', 'd.id', 'de.document_id')
    .select((eb) => [
      's.category',
      eb.fn.countAll<number>().as('reports'),
      eb.fn.count<number>('s.document_id').distinct().as('documents'),
      eb.fn.min(reportedDate('d')).as('first'),
      eb.fn.max(reportedDate('d')).as('last'),
    ])
    .where('de.entity_id', 'in', ids).groupBy('s.category').orderBy('reports', 'desc').execute();
  return rows.map((r) => ({
    category: r.category, reportCount: Number(r.reports), documentCount: Number(r.documents), firstReported: r.first, lastReported: r.last,
  }));
}

export async function allegationReports(db: Db, ids: number[], category: string, page: Page = {}): Promise<AllegationReport[]> {
  const rows = await db.selectFrom('doc_entities as de')
    .innerJoin('allegation_subjects as s', (j) => j.onRef('s.document_id', '=', 'de.document_id').onRef('s.subject_id', '=', 'de.local_id'))
    .innerJoin('allegations as a', (j) => j.onRef('a.document_id', '=', 's.document_id').onRef('a.local_id', '=', 's.allegation_id'))
    .innerJoin('documents as d', 'd.id', 'a.document_id')
    .select(['a.document_id', 'a.local_id', 'a.category', 'a.verification', 'a.sources', 'a.span_start', 'a.span_end', 'a.quote',
      'a.extractor_version', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at', reportedDate('d').as('reported')])
    .distinct()
    .where('de.entity_id', 'in', ids).where('s.category', '=', category)
    .orderBy('reported', 'desc').orderBy('a.document_id', 'desc').orderBy('a.local_id')
    .limit(page.limit ?? 20).offset(page.offset ?? 0).execute();
  const refs = await localRefs(db, rows.map((r) => r.document_id));
  return rows.map((r) => ({
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
  }));
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
    .orderBy(reportedDate('d'), 'desc').orderBy('r.document_id', 'desc').orderBy('r.local_id')
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
  // An event's own date sorts it when it is an ISO date; otherwise the report's date does.
  const when = sql<string>`case when ${sql.ref('e.date')} like '____%' and substr(${sql.ref('e.date')}, 1, 4) between '0000' and '9999' then ${sql.ref('e.date')} else ${reportedDate('d')} end`;
  const rows = await db.selectFrom('event_roles as er')
    .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'er.document_id').onRef('de.local_id', '=', 'er.entity_local_id'))
    .innerJoin('events as e', (j) => j.onRef('e.document_id', '=', 'er.document_id').onRef('e.local_id', '=', 'er.event_id'))
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .select(['e.document_id', 'e.local_id', 'e.kind', 'e.count', 'e.date', 'e.place_id', 'e.span_start', 'e.span_end', 'e.quote',
      'e.extractor_version', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at', when.as('sort_date')])
    .distinct()
    .where('de.entity_id', 'in', ids).where('er.role', '!=', 'place')
    .orderBy('sort_date', 'desc').orderBy('e.document_id', 'desc').orderBy('e.local_id')
    .limit(page.limit ?? 50).offset(page.offset ?? 0).execute();
  if (rows.length === 0) return [];
  const roles: { document_id: number; event_id: string; entity_local_id: string; role: string }[] = [];
  for (const part of chunks(unique(rows.map((r) => r.document_id)))) {
    roles.push(...await db.selectFrom('event_roles').selectAll().where('document_id', 'in', part).execute());
  }
  const refs = await localRefs(db, rows.map((r) => r.document_id));
  const ref = (doc: number, local: string) => refs.get(`${doc}:${local}`) ?? UNKNOWN;
  return rows.map((r) => {
    const mine = roles.filter((x) => x.document_id === r.document_id && x.event_id === r.local_id);
    return {
      documentId: r.document_id,
      eventId: r.local_id,
      kind: r.kind,
      actors: mine.filter((x) => x.role === 'actor').map((x) => ref(r.document_id, x.entity_local_id)),
      targets: mine.filter((x) => x.role === 'target').map((x) => ref(r.document_id, x.entity_local_id)),
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

/** Entities most often named in the same documents, over the entity's latest 500 documents. */
export async function coMentioned(db: Db, ids: number[], limit = 20): Promise<CoMention[]> {
  const recent = db.selectFrom('doc_entities').select('document_id').distinct().where('entity_id', 'in', ids)
    .orderBy('document_id', 'desc').limit(500);
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
  const rows = await db.selectFrom('documents as d')
    .select(['d.id as document_id', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at'])
    .where('d.id', 'in', db.selectFrom('doc_entities').select('document_id').where('entity_id', 'in', ids))
    .orderBy(reportedDate('d'), 'desc').orderBy('d.id', 'desc')
    .limit(page.limit ?? 20).offset(page.offset ?? 0).execute();
  return rows.map(docDate);
}

export async function countEntityDocuments(db: Db, ids: number[]): Promise<number> {
  const r = await db.selectFrom('doc_entities').select((eb) => eb.fn.count<number>('document_id').distinct().as('n'))
    .where('entity_id', 'in', ids).executeTakeFirstOrThrow();
  return Number(r.n);
}
