// Turns one extraction and its resolution into the DocumentPlan the store writes: every fact
// with its span, the exact words of that span, and the extractor version.
import type { Extraction, Span } from '../model/extraction.js';
import type { DocumentPlan, NewDocument, SpanQuote } from '../store/document-plan.js';
import type { DocumentResolution } from './resolve/resolve-document.js';
import { DossierError } from '../errors.js';

function quoted(text: string, s: Span): SpanQuote {
  if (s.end > text.length) throw new DossierError('invalid_input', `span ${s.start}-${s.end} is past the end of the text (${text.length} characters)`);
  return { start: s.start, end: s.end, quote: text.slice(s.start, s.end) };
}

export function planDocument(
  document: NewDocument, x: Extraction, resolution: DocumentResolution, extractorVersion: string,
  replaces: DocumentPlan['replaces'],
): DocumentPlan {
  const text = document.text;
  return {
    document,
    replaces,
    extractorVersion,
    newEntities: resolution.newEntities,
    indexAdditions: resolution.indexAdditions,
    docEntities: x.entities.map((e) => {
      const a = resolution.assignments.get(e.id);
      if (!a) throw new DossierError('internal', `entity ${e.id} was not resolved`);
      return {
        localId: e.id, entity: a.target, assignedBy: a.assignedBy, resolution: a.resolution, kind: e.kind, name: e.name,
        aliases: e.aliases, country: e.country, orgType: e.orgType, count: e.count, description: e.description, mentions: e.mentions,
        positions: e.kind === 'person' ? e.positions : [], parties: e.kind === 'person' ? e.parties : [],
        firstMention: quoted(text, e.mentions[0]!),
      };
    }),
    allegations: x.allegations.map((a) => ({
      localId: a.id, subjects: a.subjects, category: a.category, sources: a.sources, verification: a.verification, span: quoted(text, a.span),
    })),
    responses: x.responses.map((r) => ({ localId: r.id, by: r.by, stance: r.stance, allegations: r.allegations, span: quoted(text, r.span) })),
    events: x.events.map((v) => ({
      localId: v.id, kind: v.kind, actors: v.actors, targets: v.targets, count: v.count, date: v.date, place: v.place, span: quoted(text, v.span),
    })),
    candidates: resolution.candidates,
  };
}
