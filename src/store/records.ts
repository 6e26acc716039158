// Records the Store hands out: stored rows turned into the shapes kb and the CLI work with,
// entity references already resolved to canonical knowledge-base entities.
import type { Source } from '../model/extraction.js';

export interface StoredDocument {
  id: number;
  contentHash: string;
  sourceId: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  format: string;
  ingestedAt: string;
  extractorVersion: string;
  extractedAt: string;
}

export interface EntityRef {
  id: number;
  kind: string;
  name: string;
}

export interface EntityRecord extends EntityRef {
  aliases: string[];
  country: string | null;
  orgType: string | null;
  origin: string;
  createdAt: string;
  /** Set when this entity was merged into another (the id to follow). */
  mergedInto: number | null;
  documentCount: number;
}

/** What resolution compares a new mention against: a canonical entity with all its names. */
export interface CandidateProfile {
  id: number;
  kind: string;
  name: string;
  country: string | null;
  orgType: string | null;
  names: string[];
  roles: { title: string; jurisdiction: string }[];
  /**
   * Made for a mention that fitted several entities or gave a lone surname, and not yet decided
   * by an analyst (it has open merge candidates, or never had any).
   */
  unresolved: boolean;
}

export interface Provenance {
  documentId: number;
  span: { start: number; end: number };
  quote: string;
  extractorVersion: string;
}

export interface DocumentDate {
  documentId: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  ingestedAt: string;
}

/** How often and when a fact was reported, and where to read the latest report. */
export interface ReportDates {
  reports: number;
  firstReported: string | null;
  lastReported: string | null;
  latest: Provenance & { published: string | null };
}

export interface PositionSummary extends ReportDates {
  title: string;
  jurisdiction: string | null;
  status: string;
}

export interface PartySummary extends ReportDates {
  party: EntityRef;
}

export interface ResolvedSource {
  kind: Source['kind'];
  entity: EntityRef | null;
  count: number | null;
  description: string;
}

export interface AllegationReport extends Provenance {
  allegationId: string;
  category: string;
  verification: string;
  sources: ResolvedSource[];
  document: DocumentDate;
}

export interface ResponseReport extends Provenance {
  responseId: string;
  by: EntityRef;
  stance: string;
  /** Local allegation ids in the same document it answers. */
  allegations: string[];
  document: DocumentDate;
}

export interface EventReport extends Provenance {
  eventId: string;
  kind: string;
  actors: EntityRef[];
  targets: EntityRef[];
  place: EntityRef | null;
  count: number | null;
  date: string | null;
  document: DocumentDate;
}

export interface ThreadSummary {
  category: string;
  reportCount: number;
  documentCount: number;
  firstReported: string | null;
  lastReported: string | null;
}

export interface CoMention extends EntityRef {
  documents: number;
}

export interface MergeCandidate {
  id: number;
  entity: EntityRef;
  candidate: EntityRef;
  documentId: number | null;
  level: string;
  score: number;
  reason: string;
  status: 'open' | 'merged' | 'rejected';
  createdAt: string;
}

export interface Decision {
  id: number;
  action: 'merge' | 'split' | 'undo';
  payload: Record<string, unknown>;
  actor: string;
  reason: string;
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** Who did it and why: every analyst decision carries one. */
export interface Actor {
  actor: string;
  reason: string;
}

export interface SearchHit {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
}

export interface DocEntityRow {
  documentId: number;
  localId: string;
  entityId: number;
  kind: string;
  name: string;
  aliases: string[];
  country: string | null;
  orgType: string | null;
  roles: { title: string; jurisdiction: string | null }[];
  assignedBy: string;
}
