// Stored records to the wire: entity summaries, dossiers, threads, reports, responses, events.
// Provenance travels with every fact as Evidence (document, words, extractor version).
import type { Dossier as KbDossier } from '../../kb/dossier.js';
import type { Thread as KbThread } from '../../kb/threads.js';
import type { AllegationCategory, Stance, Verification } from '../../model/extraction.js';
import type {
  AllegationReport, DocumentDate, EntityRecord, EventReport, PartySummary, PositionSummary, Provenance, ResolvedSource, ResponseReport,
} from '../../store/records.js';
import type { DocumentRef, Evidence } from '../schemas/common.js';
import type { AllegationReportItem, Dossier, EntitySummary, EventItem, ResponseItem, Thread } from '../routes/entities/schema.js';

export function presentEntity(e: EntityRecord): EntitySummary {
  return { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, country: e.country, orgType: e.orgType, documentCount: e.documentCount };
}

export function presentDocumentDate(d: DocumentDate): DocumentRef {
  return { id: d.documentId, title: d.title, outlet: d.outlet, published: d.published, ingestedAt: d.ingestedAt };
}

export function evidence(p: Provenance, d: { title?: string | null; outlet?: string | null; published: string | null }): Evidence {
  return {
    documentId: p.documentId, title: d.title ?? null, outlet: d.outlet ?? null, published: d.published,
    span: { start: p.span.start, end: p.span.end }, quote: p.quote, extractorVersion: p.extractorVersion,
  };
}

function source(s: ResolvedSource) {
  return { kind: s.kind, entity: s.entity ? { id: s.entity.id, kind: s.entity.kind, name: s.entity.name } : null, count: s.count, description: s.description };
}

export function presentReport(r: AllegationReport): AllegationReportItem {
  return {
    allegationId: r.allegationId, category: r.category as AllegationCategory, verification: r.verification as Verification,
    sources: r.sources.map(source), evidence: evidence(r, r.document),
  };
}

export function presentResponse(r: ResponseReport): ResponseItem {
  return { responseId: r.responseId, by: r.by, stance: r.stance as Stance, answers: r.allegations, evidence: evidence(r, r.document) };
}

export function presentEvent(e: EventReport): EventItem {
  return {
    eventId: e.eventId, kind: e.kind, actors: e.actors, targets: e.targets, place: e.place, count: e.count, date: e.date,
    evidence: evidence(e, e.document),
  };
}

export function presentThread(t: KbThread): Thread {
  const verification: Record<Verification, number> = { confirmed: 0, disputed: 0, unverified: 0, unstated: 0 };
  const sources = new Map<string, Thread['sources'][number]>();
  for (const r of t.reports) {
    verification[r.verification as Verification]++;
    const seen = new Set<string>();
    for (const s of r.sources) {
      const key = s.entity ? `e:${s.entity.id}` : `${s.kind}:${s.description.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const prev = sources.get(key);
      if (prev) prev.reports++;
      else sources.set(key, { ...source(s), reports: 1 });
    }
  }
  return {
    id: t.id, category: t.category as AllegationCategory, reportCount: t.reportCount, documentCount: t.documentCount,
    firstReported: t.firstReported, lastReported: t.lastReported, verification,
    sources: [...sources.values()].sort((a, b) => b.reports - a.reports),
    reports: t.reports.map(presentReport), responses: t.responses.map(presentResponse),
  };
}

function position(p: PositionSummary) {
  return {
    title: p.title, jurisdiction: p.jurisdiction, status: p.status, reports: p.reports, firstReported: p.firstReported,
    lastReported: p.lastReported, latest: evidence(p.latest, p.latest),
  };
}

function party(p: PartySummary) {
  return { party: p.party, reports: p.reports, firstReported: p.firstReported, lastReported: p.lastReported, latest: evidence(p.latest, p.latest) };
}

export function presentDossier(d: KbDossier): Dossier {
  return {
    entity: { ...presentEntity(d), mergedFrom: d.mergedFrom, undecided: d.origin === 'undecided', surnameOnly: d.surnameOnly },
    positions: d.positions.map(position),
    parties: d.parties.map(party),
    threads: d.threads.map(presentThread),
    events: d.events.map(presentEvent),
    coMentioned: d.coMentioned.map((c) => ({ id: c.id, kind: c.kind, name: c.name, documents: c.documents })),
    documents: d.documents.map(presentDocumentDate),
    mergeCandidates: d.mergeCandidates.map((m) => ({ id: m.id, candidate: m.candidate.id === d.id ? m.entity : m.candidate, score: m.score, reason: m.reason })),
  };
}
