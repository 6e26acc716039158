// The analysis in the spec's shape: ids, character spans, names and aliases, and only the
// items that carry the evidence a reader needs (every allegation with a source and a span).
import { type Entity, type Extraction, SCHEMA_ID, type Span } from '../model/extraction.js';
import type { Analysis, Range } from './analysis.js';
import type { SourceDocument } from './document.js';
import { resolveEntity } from './entities.js';

export function toExtraction(a: Analysis, doc: SourceDocument): Extraction {
  // A range always covers at least its first token, whatever a stage computed.
  const span = (r: Range): Span => ({ start: a.tokens[r.start]!.start, end: a.tokens[Math.max(r.end - 1, r.start)]!.end });
  const live = a.entities.filter((e) => e.mentions.length && !(e as { mergedInto?: number }).mergedInto);
  const ids = new Map<number, string>();
  live.forEach((e, i) => ids.set(e.index, `e${i + 1}`));
  const idOf = (index: number): string | null => ids.get(resolveEntity(a, index).index) ?? null;
  const idsOf = (list: number[]) => [...new Set(list.map(idOf).filter((x): x is string => x !== null))];

  const entities: Entity[] = live.map((e) => {
    const mentions = e.mentions.map(span).sort((x, y) => x.start - y.start);
    return {
      id: ids.get(e.index)!,
      kind: e.kind,
      name: e.name,
      aliases: [...e.forms].filter((f) => f !== e.name),
      orgType: e.kind === 'organization' ? e.orgType ?? 'other' : null,
      country: e.country,
      positions: e.kind === 'person' ? e.positions.map(({ title, jurisdiction, status }) => ({ title, jurisdiction, status })) : [],
      parties: e.kind === 'person' ? idsOf(e.parties) : [],
      count: e.kind === 'group' ? e.count : null,
      description: e.kind === 'group' ? e.description : null,
      mentions: dedupeSpans(mentions),
    };
  });

  const allegations = a.allegations
    .map((al, i) => ({
      id: `a${i + 1}`,
      subjects: idsOf(al.subjects),
      category: al.category,
      sources: al.sources.map((s) => {
        const entity = s.entity !== null ? idOf(s.entity) : null;
        return {
          kind: s.kind === 'named' && !entity ? ('anonymous' as const) : s.kind,
          ...(entity && s.kind === 'named' ? { entity } : {}),
          ...(s.count !== null ? { count: s.count } : {}),
          description: s.description,
        };
      }),
      verification: al.verification,
      span: span(al.span),
    }))
    .filter((al) => al.subjects.length && al.sources.length);
  const allegationIds = new Map<number, string>();
  a.allegations.forEach((_, i) => allegationIds.set(i, `a${i + 1}`));
  const kept = new Set(allegations.map((x) => x.id));

  const responses = a.responses
    .map((r, i) => ({
      id: `r${i + 1}`,
      by: idOf(r.by),
      stance: r.stance,
      allegations: r.allegations.map((x) => allegationIds.get(x)!).filter((x) => kept.has(x)),
      span: span(r.span),
    }))
    .filter((r): r is typeof r & { by: string } => r.by !== null);

  const events = a.events.map((v, i) => ({
    id: `v${i + 1}`,
    kind: v.kind,
    actors: idsOf(v.actors),
    targets: idsOf(v.targets),
    count: v.count,
    date: v.date,
    place: v.place !== null ? idOf(v.place) : null,
    span: span(v.span),
  }));

  return {
    schema: SCHEMA_ID,
    document: {
      language: a.lang,
      title: doc.title,
      outlet: doc.outlet ?? (a.outlet !== null ? resolveEntity(a, a.outlet).name : null),
      published: doc.published,
    },
    entities,
    allegations,
    responses,
    events,
  };
}

function dedupeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) if (!out.some((o) => o.start === s.start && o.end === s.end)) out.push(s);
  return out;
}
