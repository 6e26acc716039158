// One query per fact table for a batch of documents: the stored extraction as it was saved
// (local ids, spans into the stored text), each entity with the canonical entity behind it.
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocumentFacts, FactEntity } from '../browse-records.js';
import type { Source } from '../../model/extraction.js';
import { entityRefs } from './canonical.js';
import { chunks, fromJson, unique } from './rows.js';

type Db = Kysely<Database>;

function byDocument<T extends { document_id: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.document_id);
    if (list) list.push(r);
    else out.set(r.document_id, [r]);
  }
  return out;
}

/** The facts of each stored document among `documentIds`, in the order asked; missing ids are skipped. */
export async function documentFacts(db: Db, documentIds: readonly number[]): Promise<DocumentFacts[]> {
  const ids = unique(documentIds);
  if (ids.length === 0) return [];
  const out = new Map<number, DocumentFacts>();
  for (const part of chunks(ids)) {
    const [docs, entities, positions, parties, allegations, subjects, responses, events, roles] = await Promise.all([
      db.selectFrom('documents').select(['id', 'extractor_version']).where('id', 'in', part).execute(),
      db.selectFrom('doc_entities').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('local_id').execute(),
      db.selectFrom('positions').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('local_id').orderBy('idx').execute(),
      db.selectFrom('party_links').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('local_id').orderBy('party_local_id').execute(),
      db.selectFrom('allegations').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('span_start').orderBy('local_id').execute(),
      db.selectFrom('allegation_subjects').select(['document_id', 'allegation_id', 'subject_id']).where('document_id', 'in', part).execute(),
      db.selectFrom('responses').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('span_start').orderBy('local_id').execute(),
      db.selectFrom('events').selectAll().where('document_id', 'in', part).orderBy('document_id').orderBy('span_start').orderBy('local_id').execute(),
      db.selectFrom('event_roles').selectAll().where('document_id', 'in', part).execute(),
    ]);
    const refs = await entityRefs(db, unique(entities.map((e) => e.entity_id)));
    const ents = byDocument(entities);
    const pos = byDocument(positions);
    const pty = byDocument(parties);
    const alg = byDocument(allegations);
    const sub = byDocument(subjects);
    const rsp = byDocument(responses);
    const evs = byDocument(events);
    const rol = byDocument(roles);
    for (const d of docs) {
      const id = Number(d.id);
      const entityRows = ents.get(id) ?? [];
      const positionRows = pos.get(id) ?? [];
      const partyRows = pty.get(id) ?? [];
      const subjectRows = sub.get(id) ?? [];
      const roleRows = rol.get(id) ?? [];
      out.set(id, {
        documentId: id,
        extractorVersion: d.extractor_version,
        entities: entityRows.map((e): FactEntity => ({
          localId: e.local_id,
          entity: refs.get(e.entity_id) ?? null,
          kind: e.kind,
          name: e.name,
          aliases: fromJson<string[]>(e.aliases, 'doc_entities.aliases'),
          orgType: e.org_type,
          country: e.country,
          count: e.count,
          description: e.description,
          mentions: fromJson<{ start: number; end: number }[]>(e.mentions, 'doc_entities.mentions'),
          positions: positionRows.filter((p) => p.local_id === e.local_id).map((p) => ({
            title: p.title, jurisdiction: p.jurisdiction, status: p.status, span: { start: p.span_start, end: p.span_end }, quote: p.quote,
          })),
          parties: partyRows.filter((p) => p.local_id === e.local_id).map((p) => p.party_local_id),
        })),
        allegations: (alg.get(id) ?? []).map((a) => ({
          localId: a.local_id,
          category: a.category,
          verification: a.verification,
          subjects: subjectRows.filter((s) => s.allegation_id === a.local_id).map((s) => s.subject_id).sort(),
          sources: fromJson<Source[]>(a.sources, 'allegations.sources'),
          span: { start: a.span_start, end: a.span_end },
          quote: a.quote,
        })),
        responses: (rsp.get(id) ?? []).map((r) => ({
          localId: r.local_id,
          by: r.by_id,
          stance: r.stance,
          allegations: fromJson<string[]>(r.allegations, 'responses.allegations'),
          span: { start: r.span_start, end: r.span_end },
          quote: r.quote,
        })),
        events: (evs.get(id) ?? []).map((v) => {
          const mine = roleRows.filter((r) => r.event_id === v.local_id);
          return {
            localId: v.local_id,
            kind: v.kind,
            actors: mine.filter((r) => r.role === 'actor').map((r) => r.entity_local_id).sort(),
            targets: mine.filter((r) => r.role === 'target').map((r) => r.entity_local_id).sort(),
            place: v.place_id,
            count: v.count == null ? null : Number(v.count),
            date: v.date,
            span: { start: v.span_start, end: v.span_end },
            quote: v.quote,
          };
        }),
      });
    }
  }
  return documentIds.flatMap((id) => out.get(id) ?? []);
}
