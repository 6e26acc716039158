// Dated facts across the store, latest first: events (by their own date when it is an ISO
// date), allegation reports and the reports themselves (by publication date, else the day
// they were ingested), optionally only those about some entities, within a date range.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';
import type { TimelineFact, TimelineFilter } from '../browse-records.js';
import type { DocumentDate, EntityRef } from '../records.js';
import type { Page } from '../store.js';
import { localRefs } from './canonical.js';
import { chunks, reportedDate, unique } from './rows.js';

type Db = Kysely<Database>;

function eventDate(): RawBuilder<string> {
  const d = sql.ref<string>('e.date');
  return sql<string>`case when ${d} like '____%' and substr(${d}, 1, 4) between '0000' and '9999' then ${d} else ${reportedDate('d')} end`;
}

/** `date` within [from, to], both compared as prefixes: to "2025-03" keeps "2025-03-31". */
function inRange(date: RawBuilder<string>, f: TimelineFilter): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  if (f.from) out.push(sql<boolean>`${date} >= ${f.from}`);
  if (f.to) out.push(sql<boolean>`substr(${date}, 1, ${f.to.length}) <= ${f.to}`);
  return out;
}

function docDate(r: { document_id: number; title: string | null; outlet: string | null; published: string | null; ingested_at: string }): DocumentDate {
  return { documentId: r.document_id, title: r.title, outlet: r.outlet, published: r.published, ingestedAt: r.ingested_at };
}

export async function timelineFacts(db: Db, filter: TimelineFilter & Page = {}): Promise<TimelineFact[]> {
  const limit = filter.limit ?? 50;
  const offset = filter.offset ?? 0;
  // Each kind is read up to offset + limit, latest first; the page is cut after merging them.
  const take = offset + limit;
  const types = new Set(filter.types ?? ['event', 'allegation', 'report']);
  const ids = filter.entityIds ? unique(filter.entityIds) : null;
  if (ids && ids.length === 0) return [];
  const facts: (Omit<TimelineFact, 'entities'> & { local: string[] })[] = [];
  if (types.has('event')) {
    const when = eventDate();
    // About given entities, the scan starts from their mentions (indexed) rather than from every event.
    let q = db.selectFrom('events as e').innerJoin('documents as d', 'd.id', 'e.document_id')
      .select(['e.document_id', 'e.local_id', 'e.kind', 'e.span_start', 'e.span_end', 'e.quote', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at', when.as('sort_date')]);
    if (ids) {
      q = q.innerJoin('event_roles as er', (j) => j.onRef('er.document_id', '=', 'e.document_id').onRef('er.event_id', '=', 'e.local_id'))
        .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 'er.document_id').onRef('de.local_id', '=', 'er.entity_local_id'))
        .where('de.entity_id', 'in', ids).distinct();
    }
    for (const c of inRange(when, filter)) q = q.where(c);
    const rows = await q.orderBy('sort_date', 'desc').orderBy('e.document_id', 'desc').orderBy('e.local_id').limit(take).execute();
    const roles = await rolesOf(db, rows.map((r) => r.document_id));
    for (const r of rows) {
      facts.push({
        type: 'event', date: r.sort_date, documentId: r.document_id, kind: r.kind, verification: null,
        span: { start: r.span_start, end: r.span_end }, quote: r.quote, document: docDate(r),
        // Actors before targets, as the event reads.
        local: roles.filter((x) => x.document_id === r.document_id && x.event_id === r.local_id && x.role !== 'place')
          .sort((x, y) => (x.role === 'actor' ? 0 : 1) - (y.role === 'actor' ? 0 : 1) || x.entity_local_id.localeCompare(y.entity_local_id))
          .map((x) => x.entity_local_id),
      });
    }
  }
  if (types.has('allegation')) {
    const when = reportedDate('d');
    let q = db.selectFrom('allegations as a').innerJoin('documents as d', 'd.id', 'a.document_id')
      .select(['a.document_id', 'a.local_id', 'a.category', 'a.verification', 'a.span_start', 'a.span_end', 'a.quote',
        'd.title', 'd.outlet', 'd.published', 'd.ingested_at', when.as('sort_date')]);
    if (ids) {
      q = q.innerJoin('allegation_subjects as s', (j) => j.onRef('s.document_id', '=', 'a.document_id').onRef('s.allegation_id', '=', 'a.local_id'))
        .innerJoin('doc_entities as de', (j) => j.onRef('de.document_id', '=', 's.document_id').onRef('de.local_id', '=', 's.subject_id'))
        .where('de.entity_id', 'in', ids).distinct();
    }
    for (const c of inRange(when, filter)) q = q.where(c);
    const rows = await q.orderBy('sort_date', 'desc').orderBy('a.document_id', 'desc').orderBy('a.local_id').limit(take).execute();
    const subjects: { document_id: number; allegation_id: string; subject_id: string }[] = [];
    for (const part of chunks(unique(rows.map((r) => r.document_id)))) {
      subjects.push(...await db.selectFrom('allegation_subjects').select(['document_id', 'allegation_id', 'subject_id']).where('document_id', 'in', part).execute());
    }
    for (const r of rows) {
      facts.push({
        type: 'allegation', date: r.sort_date, documentId: r.document_id, kind: r.category, verification: r.verification,
        span: { start: r.span_start, end: r.span_end }, quote: r.quote, document: docDate(r),
        local: subjects.filter((s) => s.document_id === r.document_id && s.allegation_id === r.local_id).map((s) => s.subject_id),
      });
    }
  }
  if (types.has('report')) {
    const when = reportedDate('d');
    let q = db.selectFrom('documents as d')
      .select(['d.id as document_id', 'd.title', 'd.outlet', 'd.published', 'd.ingested_at', when.as('sort_date')]);
    if (ids) q = q.where('d.id', 'in', db.selectFrom('doc_entities').select('document_id').where('entity_id', 'in', ids));
    for (const c of inRange(when, filter)) q = q.where(c);
    const rows = await q.orderBy('sort_date', 'desc').orderBy('d.id', 'desc').limit(take).execute();
    for (const r of rows) {
      facts.push({ type: 'report', date: r.sort_date, documentId: r.document_id, kind: null, verification: null, span: null, quote: null, document: docDate(r), local: [] });
    }
  }

  const order = { report: 0, allegation: 1, event: 2 } as const;
  facts.sort((a, b) => b.date.localeCompare(a.date) || b.documentId - a.documentId || order[a.type] - order[b.type]);
  const page = facts.slice(offset, offset + limit);
  const refs = await localRefs(db, page.filter((f) => f.local.length).map((f) => f.documentId));
  return page.map(({ local, ...f }) => {
    const entities: EntityRef[] = [];
    for (const l of local) {
      const ref = refs.get(`${f.documentId}:${l}`);
      if (ref && !entities.some((e) => e.id === ref.id)) entities.push(ref);
    }
    return { ...f, entities };
  });
}

async function rolesOf(db: Db, documentIds: number[]) {
  const out: { document_id: number; event_id: string; entity_local_id: string; role: string }[] = [];
  for (const part of chunks(unique(documentIds))) {
    out.push(...await db.selectFrom('event_roles').selectAll().where('document_id', 'in', part).execute());
  }
  return out;
}
