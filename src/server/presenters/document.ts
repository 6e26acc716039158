// Documents to the wire: summaries with only safe links, and one document's extraction with
// every local entity id expanded to its name and knowledge-base entity.
import type { Extraction } from '../../model/extraction.js';
import type { DocumentFacts, FactEntity } from '../../store/browse-records.js';
import type { StoredDocument } from '../../store/records.js';
import type { DocumentSummary, DocumentView, ExtractionView, LocalRef } from '../routes/documents/schema.js';

/** Only http(s) addresses leave the server as links; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function presentDocumentSummary(d: StoredDocument): DocumentSummary {
  return {
    id: d.id, title: d.title, outlet: d.outlet, published: d.published, url: safeUrl(d.url), language: d.language, format: d.format,
    ingestedAt: d.ingestedAt, extractorVersion: d.extractorVersion,
  };
}

/** Local ids in natural order: e2 before e10. */
function byLocalId<T extends { localId: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.localId.localeCompare(b.localId, 'en', { numeric: true }));
}

export function presentExtraction(f: DocumentFacts): ExtractionView {
  const local = new Map<string, FactEntity>(f.entities.map((e) => [e.localId, e]));
  const ref = (id: string): LocalRef => {
    const e = local.get(id);
    return { localId: id, entity: e?.entity ?? null, name: e?.name ?? id };
  };
  return {
    extractorVersion: f.extractorVersion,
    entities: byLocalId(f.entities).map((e) => ({
      localId: e.localId, entity: e.entity, kind: e.kind, name: e.name, aliases: e.aliases, orgType: e.orgType, country: e.country,
      count: e.count, description: e.description, mentions: e.mentions, positions: e.positions, parties: e.parties,
    })),
    allegations: f.allegations.map((a) => ({
      localId: a.localId, category: a.category as ExtractionView['allegations'][number]['category'],
      verification: a.verification as ExtractionView['allegations'][number]['verification'],
      subjects: a.subjects.map(ref),
      sources: a.sources.map((s) => ({ kind: s.kind, entity: s.entity ? ref(s.entity) : null, count: s.count ?? null, description: s.description })),
      span: a.span, quote: a.quote,
    })),
    responses: f.responses.map((r) => ({
      localId: r.localId, by: ref(r.by), stance: r.stance as ExtractionView['responses'][number]['stance'], answers: r.allegations, span: r.span, quote: r.quote,
    })),
    events: f.events.map((v) => ({
      localId: v.localId, kind: v.kind as ExtractionView['events'][number]['kind'], actors: v.actors.map(ref), targets: v.targets.map(ref),
      place: v.place ? ref(v.place) : null, count: v.count, date: v.date, span: v.span, quote: v.quote,
    })),
  };
}

export function presentDocumentView(document: StoredDocument & { text: string }, facts: DocumentFacts): DocumentView {
  return { document: { ...presentDocumentSummary(document), text: document.text }, extraction: presentExtraction(facts) };
}

/** A fresh extraction (nothing stored or resolved yet) in the same shape as a stored one. */
export function extractionAsFacts(x: Extraction, text: string, extractorVersion: string): DocumentFacts {
  const words = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return {
    documentId: 0,
    extractorVersion,
    entities: x.entities.map((e) => ({
      localId: e.id, entity: null, kind: e.kind, name: e.name, aliases: e.aliases, orgType: e.orgType, country: e.country, count: e.count,
      description: e.description, mentions: e.mentions, parties: e.parties,
      positions: e.positions.map((p) => ({ ...p, span: e.mentions[0]!, quote: words(e.mentions[0]!) })),
    })),
    allegations: x.allegations.map((a) => ({
      localId: a.id, category: a.category, verification: a.verification, subjects: a.subjects, sources: a.sources, span: a.span, quote: words(a.span),
    })),
    responses: x.responses.map((r) => ({ localId: r.id, by: r.by, stance: r.stance, allegations: r.allegations, span: r.span, quote: words(r.span) })),
    events: x.events.map((v) => ({
      localId: v.id, kind: v.kind, actors: v.actors, targets: v.targets, place: v.place, count: v.count, date: v.date, span: v.span, quote: words(v.span),
    })),
  };
}
