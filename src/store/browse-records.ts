// Records of the browsing reads (the web app and the HTTP API): one document's stored
// extraction, filtered entity listings, counts, and dated facts across the whole store.
import type { Source } from '../model/extraction.js';
import type { DocumentDate, EntityRef } from './records.js';

export interface Offsets {
  start: number;
  end: number;
}

/** One entity of a stored extraction, with the knowledge-base entity it was resolved to. */
export interface FactEntity {
  localId: string;
  /** Canonical (after analyst merges); null only if the entity row is gone. */
  entity: EntityRef | null;
  kind: string;
  name: string;
  aliases: string[];
  orgType: string | null;
  country: string | null;
  count: number | null;
  description: string | null;
  mentions: Offsets[];
  positions: { title: string; jurisdiction: string | null; status: string; span: Offsets; quote: string }[];
  /** Local ids of the party entities this person was reported as a member of. */
  parties: string[];
}

export interface FactAllegation {
  localId: string;
  category: string;
  verification: string;
  /** Local entity ids. */
  subjects: string[];
  /** As extracted: `entity` is a local id. */
  sources: Source[];
  span: Offsets;
  quote: string;
}

export interface FactResponse {
  localId: string;
  by: string;
  stance: string;
  allegations: string[];
  span: Offsets;
  quote: string;
}

export interface FactEvent {
  localId: string;
  kind: string;
  actors: string[];
  targets: string[];
  place: string | null;
  count: number | null;
  date: string | null;
  span: Offsets;
  quote: string;
}

/** Everything stored about one document's extraction; spans index its stored text. */
export interface DocumentFacts {
  documentId: number;
  extractorVersion: string;
  entities: FactEntity[];
  allegations: FactAllegation[];
  responses: FactResponse[];
  events: FactEvent[];
}

export interface EntityFilter {
  kind?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** Only people reported as members of this party (an entity id). */
  party?: number;
  /** Only entities that are the subject of an allegation of this category. */
  category?: string;
  /** Names containing these words (accents and case ignored). */
  q?: string;
  /** `documents`: most reported first; `name`: alphabetical; `id` (default): oldest first. */
  sort?: 'documents' | 'name' | 'id';
}

export interface TimelineFilter {
  /** Only facts about these entities (an entity and its merged members); all when absent. */
  entityIds?: number[];
  types?: ('event' | 'allegation' | 'report')[];
  /** Inclusive bounds on the date (YYYY, YYYY-MM or YYYY-MM-DD prefixes compare as text). */
  from?: string;
  to?: string;
}

/** A dated fact: an event, an allegation report, or a document (the report itself). */
export interface TimelineFact {
  type: 'event' | 'allegation' | 'report';
  /** The event's own ISO date when it has one, else the report's date. */
  date: string;
  documentId: number;
  /** Event kind or allegation category; null for a report. */
  kind: string | null;
  /** Allegation verification; null otherwise. */
  verification: string | null;
  /** Actors and targets of an event, subjects of an allegation; empty for a report. */
  entities: EntityRef[];
  span: Offsets | null;
  quote: string | null;
  document: DocumentDate;
}
