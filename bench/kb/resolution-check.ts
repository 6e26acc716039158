// The resolution check on the gold files: ingest every gold extraction, then see whether each
// person named in several documents became one entity, and whether any entity holds two
// different gold persons. Shared by bench:resolution and its test.
import type { Store } from '../../src/store/store.js';
import { ingestDocument } from '../../src/kb/ingest/ingest-document.js';
import type { GoldDocument } from './gold.js';
import { goldPersons } from './gold-identities.js';

export interface ResolutionReport {
  documents: number;
  goldPersons: number;
  /** Persons named in two or more documents. */
  multiDocument: { identity: string; names: string[]; documents: number; entities: number[] }[];
  /** Knowledge-base entities holding more than one gold person. */
  mixed: { entity: number; name: string; persons: string[] }[];
  mergeCandidates: number;
}

export async function checkResolution(store: Store, docs: GoldDocument[]): Promise<ResolutionReport> {
  const docIds = new Map<string, number>();
  for (const d of docs) {
    const o = await ingestDocument(store, { label: d.name, raw: d.text, extraction: d.extraction, extractor: 'gold', published: d.gold.document?.published ?? null });
    docIds.set(d.name, o.documentId);
  }
  const entityOf = new Map<string, { id: number; name: string }>();
  for (const [name, id] of docIds) {
    for (const l of await store.documentEntities(id)) entityOf.set(`${name}#${l.localId}`, l.entity);
  }
  const persons = goldPersons(docs);
  const byIdentity = new Map<string, typeof persons>();
  for (const p of persons) byIdentity.set(p.identity, [...(byIdentity.get(p.identity) ?? []), p]);
  const multiDocument = [...byIdentity.values()]
    .filter((ps) => new Set(ps.map((p) => p.doc)).size > 1)
    .map((ps) => ({
      identity: ps[0]!.name,
      names: [...new Set(ps.map((p) => p.name))],
      documents: new Set(ps.map((p) => p.doc)).size,
      entities: [...new Set(ps.map((p) => entityOf.get(`${p.doc}#${p.localId}`)!.id))],
    }));
  const holders = new Map<number, { name: string; identities: Map<string, string> }>();
  for (const p of persons) {
    const e = entityOf.get(`${p.doc}#${p.localId}`)!;
    const h = holders.get(e.id) ?? { name: e.name, identities: new Map() };
    h.identities.set(p.identity, p.name);
    holders.set(e.id, h);
  }
  const mixed = [...holders].filter(([, h]) => h.identities.size > 1).map(([entity, h]) => ({ entity, name: h.name, persons: [...h.identities.values()] }));
  return { documents: docs.length, goldPersons: persons.length, multiDocument, mixed, mergeCandidates: (await store.mergeCandidates({ status: 'open', limit: 10_000 })).length };
}
