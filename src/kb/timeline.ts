// An entity's timeline: events, allegation reports, responses and reported positions in date
// order (an event's own date where it has one, otherwise the date of the report).
import type { Store } from '../store/store.js';
import { findEntity } from './find-entity.js';

export interface TimelineItem {
  date: string | null;
  type: 'event' | 'allegation' | 'response' | 'position';
  /** What happened, in a few words. */
  what: string;
  documentId: number;
  quote: string;
  span: { start: number; end: number };
  extractorVersion: string;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function day(published: string | null, ingestedAt: string): string {
  return published ?? ingestedAt.slice(0, 10);
}

export async function entityTimeline(store: Store, query: string, opts: { limit?: number } = {}): Promise<{ entity: { id: number; name: string }; items: TimelineItem[] }> {
  const limit = opts.limit ?? 100;
  const entity = await findEntity(store, query);
  const members = await store.entityMembers(entity.id);
  const items: TimelineItem[] = [];
  for (const e of await store.eventReports(members, { limit })) {
    const who = e.actors.map((a) => a.name).join(', ');
    const whom = e.targets.map((t) => t.name).join(', ');
    items.push({
      date: e.date && ISO.test(e.date) ? e.date : day(e.document.published, e.document.ingestedAt), type: 'event',
      what: `${e.kind}${who ? ` by ${who}` : ''}${whom ? ` of ${whom}` : ''}${e.place ? ` in ${e.place.name}` : ''}`,
      documentId: e.documentId, quote: e.quote, span: e.span, extractorVersion: e.extractorVersion,
    });
  }
  for (const t of await store.threadSummaries(members)) {
    for (const r of await store.allegationReports(members, t.category, { limit })) {
      const by = r.sources.map((s) => s.entity?.name ?? s.description).join('; ');
      items.push({
        date: day(r.document.published, r.document.ingestedAt), type: 'allegation',
        what: `${r.category.replace(/_/g, ' ')} alleged by ${by} (${r.verification})`,
        documentId: r.documentId, quote: r.quote, span: r.span, extractorVersion: r.extractorVersion,
      });
    }
  }
  for (const r of await store.responsesBy(members, { limit })) {
    items.push({
      date: day(r.document.published, r.document.ingestedAt), type: 'response', what: r.stance.replace(/_/g, ' '),
      documentId: r.documentId, quote: r.quote, span: r.span, extractorVersion: r.extractorVersion,
    });
  }
  for (const p of await store.positionSummaries(members)) {
    items.push({
      date: p.firstReported, type: 'position',
      what: `reported as ${p.status === 'former' ? 'former ' : ''}${p.title}${p.jurisdiction ? ` of ${p.jurisdiction}` : ''}`,
      documentId: p.latest.documentId, quote: p.latest.quote, span: p.latest.span, extractorVersion: p.latest.extractorVersion,
    });
  }
  items.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.documentId - b.documentId);
  return { entity: { id: entity.id, name: entity.name }, items: items.slice(-limit) };
}
