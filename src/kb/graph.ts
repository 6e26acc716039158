// The network around one entity, read from the stored extractions of its latest documents:
// who is named with it (co-mention), who an allegation ties it to (alleged link), where it
// holds a position (position in), its party (member of), and who answered whose claims
// (responded to). Every edge keeps the documents and words it rests on.
import type { DocumentFacts, FactEntity } from '../store/browse-records.js';
import type { DocumentDate, EntityRef } from '../store/records.js';
import type { Store } from '../store/store.js';
import { foldName } from '../names/normalize.js';
import { findEntity } from './find-entity.js';

export type EdgeType = 'co_mention' | 'alleged_link' | 'position_in' | 'member_of' | 'responded_to';

export interface EdgeEvidence {
  documentId: number;
  title: string | null;
  published: string | null;
  /** The words behind the edge; null for a co-mention (the whole document is the evidence). */
  quote: string | null;
  span: { start: number; end: number } | null;
  /** What the words say: an allegation's category and verification, a position, a stance. */
  note: string | null;
}

export interface GraphNode extends EntityRef {
  orgType: string | null;
  /** Documents (of those read) that name both this entity and the center. */
  documents: number;
  center: boolean;
}

export interface GraphEdge {
  id: string;
  /** Entity ids; for directed types, the person/responder/subject is the source. */
  source: number;
  target: number;
  type: EdgeType;
  /** Documents supporting the edge. */
  weight: number;
  evidence: EdgeEvidence[];
}

export interface EntityGraph {
  center: EntityRef;
  documentsRead: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  /** The entity's latest documents to read. */
  documents?: number;
  /** Most neighbours kept, strongest first. */
  nodes?: number;
  /** Evidence items kept per edge. */
  evidence?: number;
}

const DIRECTED: ReadonlySet<EdgeType> = new Set(['position_in', 'member_of', 'responded_to', 'alleged_link']);

export async function entityGraph(store: Store, query: string, opts: GraphOptions = {}): Promise<EntityGraph> {
  const center = await findEntity(store, query);
  const members = await store.entityMembers(center.id);
  const docs = await store.entityDocuments(members, { limit: opts.documents ?? 200 });
  const facts = await store.documentFacts(docs.map((d) => d.documentId));
  const dates = new Map(docs.map((d) => [d.documentId, d]));
  const keep = opts.evidence ?? 5;

  const nodes = new Map<number, GraphNode>();
  nodes.set(center.id, { id: center.id, kind: center.kind, name: center.name, orgType: center.orgType, documents: docs.length, center: true });
  const edges = new Map<string, GraphEdge & { docs: Set<number> }>();

  const addEdge = (type: EdgeType, from: EntityRef, to: EntityRef, ev: EdgeEvidence) => {
    if (from.id === to.id) return;
    const [a, b] = DIRECTED.has(type) || from.id < to.id ? [from.id, to.id] : [to.id, from.id];
    const id = `${type}:${a}:${b}`;
    let e = edges.get(id);
    if (!e) edges.set(id, e = { id, source: a, target: b, type, weight: 0, evidence: [], docs: new Set() });
    if (!e.docs.has(ev.documentId)) e.docs.add(ev.documentId);
    e.weight = e.docs.size;
    if (e.evidence.length < keep && !e.evidence.some((x) => x.documentId === ev.documentId && x.quote === ev.quote)) e.evidence.push(ev);
  };

  for (const f of facts) {
    const doc = dates.get(f.documentId)!;
    const seen = new Set<number>();
    for (const e of f.entities) {
      if (!e.entity || seen.has(e.entity.id)) continue;
      seen.add(e.entity.id);
      const n = nodes.get(e.entity.id);
      if (n) { if (!n.center) n.documents++; } else nodes.set(e.entity.id, { ...e.entity, orgType: e.orgType, documents: 1, center: false });
    }
    for (const [type, from, to, ev] of documentEdges(f, doc, center.id)) addEdge(type, from, to, ev);
  }

  // Keep the center's strongest neighbours, then every edge among the kept nodes.
  const strength = new Map<number, number>();
  for (const e of edges.values()) {
    if (e.source === center.id || e.target === center.id) {
      const other = e.source === center.id ? e.target : e.source;
      strength.set(other, (strength.get(other) ?? 0) + e.weight * (e.type === 'co_mention' ? 1 : 3));
    }
  }
  const kept = new Set([center.id, ...[...strength].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, opts.nodes ?? 40).map(([id]) => id)]);
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target)
    && (e.type !== 'co_mention' || e.source === center.id || e.target === center.id));
  return {
    center: { id: center.id, kind: center.kind, name: center.name },
    documentsRead: facts.length,
    nodes: [...kept].map((id) => nodes.get(id)!).filter(Boolean),
    edges: keptEdges.map(({ docs: _docs, ...e }) => e).sort((x, y) => y.weight - x.weight || x.id.localeCompare(y.id)),
  };
}

type EdgeRow = [EdgeType, EntityRef, EntityRef, EdgeEvidence];

/** The typed links one document states. */
function documentEdges(f: DocumentFacts, doc: DocumentDate, centerId: number): EdgeRow[] {
  const out: EdgeRow[] = [];
  const local = new Map(f.entities.map((e) => [e.localId, e] as const));
  const ref = (id: string | undefined): EntityRef | null => (id ? local.get(id)?.entity ?? null : null);
  const ev = (quote: string | null, span: EdgeEvidence['span'], note: string | null): EdgeEvidence =>
    ({ documentId: f.documentId, title: doc.title, published: doc.published, quote, span, note });

  const centerHere = f.entities.find((e) => e.entity?.id === centerId)?.entity;
  if (centerHere) {
    for (const e of f.entities) {
      if (!e.entity || e.kind === 'place' || e.orgType === 'media') continue;
      out.push(['co_mention', centerHere, e.entity, ev(null, null, null)]);
    }
  }
  for (const e of f.entities) {
    if (!e.entity || e.kind !== 'person') continue;
    for (const p of e.parties) {
      const party = ref(p);
      if (party) out.push(['member_of', e.entity, party, ev(e.positions[0]?.quote ?? null, e.positions[0]?.span ?? null, 'party member')]);
    }
    for (const pos of e.positions) {
      const where = pos.jurisdiction ? placeNamed(f.entities, pos.jurisdiction) : null;
      if (where?.entity) out.push(['position_in', e.entity, where.entity, ev(pos.quote, pos.span, `${pos.status === 'former' ? 'former ' : ''}${pos.title}`)]);
    }
  }
  for (const a of f.allegations) {
    const subjects = a.subjects.map(ref).filter((x): x is EntityRef => x !== null);
    const sources = new Set(a.sources.map((s) => s.entity).filter(Boolean));
    const note = `${a.category.replace(/_/g, ' ')} (${a.verification})`;
    for (const e of f.entities) {
      if (!e.entity || a.subjects.includes(e.localId) || sources.has(e.localId) || e.kind === 'place' || e.orgType === 'media') continue;
      if (!e.mentions.some((m) => m.start >= a.span.start && m.end <= a.span.end)) continue;
      for (const s of subjects) out.push(['alleged_link', s, e.entity, ev(a.quote, a.span, note)]);
    }
    for (let i = 0; i < subjects.length; i++) for (let j = i + 1; j < subjects.length; j++) out.push(['alleged_link', subjects[i]!, subjects[j]!, ev(a.quote, a.span, `${note}, accused together`)]);
  }
  for (const r of f.responses) {
    const by = ref(r.by);
    if (!by) continue;
    const answered = r.allegations.length ? f.allegations.filter((a) => r.allegations.includes(a.localId)) : f.allegations.filter((a) => a.subjects.includes(r.by));
    for (const a of answered) {
      const targets = [...a.sources.map((s) => ref(s.entity)), ...(a.subjects.includes(r.by) ? [] : a.subjects.map(ref))];
      for (const t of targets) if (t) out.push(['responded_to', by, t, ev(r.quote, r.span, r.stance.replace(/_/g, ' '))]);
    }
  }
  return out;
}

function placeNamed(entities: FactEntity[], jurisdiction: string): FactEntity | undefined {
  const want = foldName(jurisdiction);
  return entities.find((e) => (e.kind === 'place' || e.kind === 'organization') && [e.name, ...e.aliases].some((n) => foldName(n) === want));
}
