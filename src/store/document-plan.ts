// The write side of ingestion: everything kb decided about one document, handed to the store
// to persist in one transaction (or not at all).
import type { AllegationCategory, EventKind, Source, Stance, Verification } from '../model/extraction.js';

/** A knowledge-base entity that exists (`id`) or that this plan creates (`ref`). */
export type EntityTarget = { id: number } | { ref: string };

export interface SpanQuote {
  start: number;
  end: number;
  quote: string;
}

/** The lookup rows resolution uses for an entity: blocking keys, written names, roles. */
export interface EntityIndex {
  keys: string[];
  names: { name: string; folded: string }[];
  roles: { title: string; jurisdiction: string }[];
}

export interface NewEntity extends EntityIndex {
  ref: string;
  /** `undecided` when it was made because a mention fitted several known entities equally well. */
  origin?: 'resolver' | 'undecided';
  kind: string;
  name: string;
  country: string | null;
  orgType: string | null;
}

export interface NewDocument {
  contentHash: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  format: string;
  text: string;
}

export interface DocEntityPlan {
  localId: string;
  entity: EntityTarget;
  assignedBy: 'resolver' | 'analyst';
  resolution: string;
  kind: string;
  name: string;
  aliases: string[];
  country: string | null;
  orgType: string | null;
  count: number | null;
  description: string | null;
  mentions: { start: number; end: number }[];
  positions: { title: string; jurisdiction: string | null; status: string }[];
  parties: string[];
  /** The first mention: where positions and party links point for provenance. */
  firstMention: SpanQuote;
}

export interface AllegationPlan {
  localId: string;
  subjects: string[];
  category: AllegationCategory;
  sources: Source[];
  verification: Verification;
  span: SpanQuote;
}

export interface ResponsePlan {
  localId: string;
  by: string;
  stance: Stance;
  allegations: string[];
  span: SpanQuote;
}

export interface EventPlan {
  localId: string;
  kind: EventKind;
  actors: string[];
  targets: string[];
  count: number | null;
  date: string | null;
  place: string | null;
  span: SpanQuote;
}

export interface CandidatePlan {
  entity: EntityTarget;
  candidateId: number;
  level: string;
  score: number;
  reason: string;
}

export interface DocumentPlan {
  document: NewDocument;
  /** Set when the document is stored already and this plan replaces its extraction. */
  replaces: { documentId: number; extractorVersion: string } | null;
  extractorVersion: string;
  newEntities: NewEntity[];
  /** Names, keys and roles newly seen for existing entities. */
  indexAdditions: (EntityIndex & { entityId: number })[];
  docEntities: DocEntityPlan[];
  allegations: AllegationPlan[];
  responses: ResponsePlan[];
  events: EventPlan[];
  candidates: CandidatePlan[];
}

export interface SaveResult {
  documentId: number;
  /** The id each NewEntity ref received. */
  entityIds: Record<string, number>;
  /** Entities of a replaced extraction left with no mention, and removed. */
  removedEntities: number;
}
