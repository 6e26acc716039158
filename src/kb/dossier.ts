// The dossier of one entity: names, dated positions and parties, allegation threads with
// sources, verification and responses, events, co-mentioned entities, documents, and open
// merge candidates; every fact with the document, span and extractor version behind it.
import type { CoMention, DocumentDate, EntityRecord, EventReport, MergeCandidate, PartySummary, PositionSummary } from '../store/records.js';
import type { Store } from '../store/store.js';
import { findEntity } from './find-entity.js';
import { allegationThreads, type Thread } from './threads.js';
import { isLoneName, personForms } from './resolve/person-forms.js';

export interface Dossier extends EntityRecord {
  /** Entities an analyst merged into this one. */
  mergedFrom: number[];
  positions: PositionSummary[];
  parties: PartySummary[];
  threads: Thread[];
  events: EventReport[];
  coMentioned: CoMention[];
  documents: DocumentDate[];
  mergeCandidates: MergeCandidate[];
  /**
   * A person known by one name alone, a surname as a rule ("Morales"), and by no nickname:
   * resolution gathers the reports of that name in one entity, and they may concern different
   * people of that name (isLoneName).
   */
  surnameOnly: boolean;
}

export interface DossierOptions {
  /** Reports shown per thread, events and documents listed. */
  limit?: number;
}

export async function entityDossier(store: Store, query: string, opts: DossierOptions = {}): Promise<Dossier> {
  const limit = opts.limit ?? 10;
  const entity = await findEntity(store, query);
  const members = await store.entityMembers(entity.id);
  const [positions, parties, threads, events, coMentioned, documents, mergeCandidates] = await Promise.all([
    store.positionSummaries(members),
    store.partySummaries(members),
    allegationThreads(store, entity, members, limit),
    store.eventReports(members, { limit }),
    store.coMentioned(members, 10),
    store.entityDocuments(members, { limit }),
    store.mergeCandidates({ entityId: entity.id, status: 'open', limit: 10 }),
  ]);
  // The rule resolution decides by: a nickname alone ("La Tuta") is not a surname alone.
  const surnameOnly = entity.kind === 'person' && isLoneName(personForms([entity.name, ...entity.aliases]));
  return { ...entity, mergedFrom: members.filter((m) => m !== entity.id), positions, parties, threads, events, coMentioned, documents, mergeCandidates, surnameOnly };
}
