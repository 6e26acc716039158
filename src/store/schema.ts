// The stored tables as Kysely types: the one description of rows that both SQL adapters share.
// JSON-valued columns are text in both databases so the same queries and parsing serve both.
import type { ColumnType, Generated } from 'kysely';

/** An integer id the database assigns. */
type Id = Generated<number>;
/** A JSON document kept as text. */
type Json = string;

export interface DocumentsTable {
  id: Id;
  content_hash: string;
  source_id: string | null;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  format: string;
  text: string;
  ingested_at: string;
  extractor_version: string;
  extracted_at: string;
}

export interface EntitiesTable {
  id: Id;
  kind: string;
  name: string;
  country: string | null;
  org_type: string | null;
  /** `resolver` when ingestion created it, `undecided` when a mention fitted several entities equally, `analyst` when a split did. */
  origin: string;
  created_at: string;
  /** Set when an analyst merged this entity into another; the row stays so the merge can be undone. */
  merged_into: number | null;
}

export interface EntityNamesTable {
  entity_id: number;
  folded: string;
  name: string;
}

export interface EntityKeysTable {
  key: string;
  entity_id: number;
}

export interface EntityRolesTable {
  entity_id: number;
  title: string;
  /** Folded jurisdiction, '' when none was stated. */
  jurisdiction: string;
}

/** One entity of one extraction, linked to the knowledge-base entity it was resolved to. */
export interface DocEntitiesTable {
  document_id: number;
  local_id: string;
  entity_id: number;
  kind: string;
  name: string;
  aliases: Json;
  country: string | null;
  org_type: string | null;
  count: number | null;
  description: string | null;
  mentions: Json;
  /** `resolver` or `analyst` (a split or an explicit assignment survives re-extraction). */
  assigned_by: string;
  /** How the resolver decided: new, exact, compatible, surname, alias, document, analyst. */
  resolution: string;
  extractor_version: string;
  /** The report's date: its publication date, else the day it was ingested. */
  reported: string | null;
}

export interface PositionsTable {
  document_id: number;
  local_id: string;
  idx: number;
  title: string;
  jurisdiction: string | null;
  status: string;
  span_start: number;
  span_end: number;
  quote: string;
  extractor_version: string;
}

export interface PartyLinksTable {
  document_id: number;
  local_id: string;
  party_local_id: string;
  extractor_version: string;
}

export interface AllegationsTable {
  document_id: number;
  local_id: string;
  category: string;
  verification: string;
  sources: Json;
  span_start: number;
  span_end: number;
  quote: string;
  extractor_version: string;
}

export interface AllegationSubjectsTable {
  document_id: number;
  allegation_id: string;
  subject_id: string;
  category: string;
}

export interface ResponsesTable {
  document_id: number;
  local_id: string;
  by_id: string;
  stance: string;
  allegations: Json;
  span_start: number;
  span_end: number;
  quote: string;
  extractor_version: string;
}

export interface EventsTable {
  document_id: number;
  local_id: string;
  kind: string;
  count: number | null;
  date: string | null;
  place_id: string | null;
  span_start: number;
  span_end: number;
  quote: string;
  extractor_version: string;
}

export interface EventRolesTable {
  document_id: number;
  event_id: string;
  entity_local_id: string;
  role: string;
}

export interface MergeCandidatesTable {
  id: Id;
  entity_id: number;
  candidate_id: number;
  document_id: number | null;
  level: string;
  score: number;
  reason: string;
  status: string;
  created_at: string;
}

export interface DecisionsTable {
  id: Id;
  action: string;
  payload: Json;
  actor: string;
  reason: string;
  created_at: string;
  undone_at: string | null;
  undone_by: string | null;
}

export interface ListsTable {
  name: string;
  format: string;
  source: string | null;
  imported_at: string;
  entry_count: number;
}

export interface ListEntriesTable {
  list_name: string;
  seq: number;
  id: string;
  kind: string;
  name: string;
  aliases: Json;
  countries: Json;
  birth_dates: Json;
  programs: Json;
  remarks: string | null;
}

/** Per-entity summaries maintained with every write (see sql/entity-stats.ts). */
export interface EntityStatsTable {
  entity_id: number;
  documents: number;
  first: string;
  last: string;
}

export interface ThreadStatsTable {
  entity_id: number;
  category: string;
  reports: number;
  documents: number;
  first: string;
  last: string;
}

export interface PositionStatsTable {
  entity_id: number;
  title: string;
  /** '' when none was stated. */
  jurisdiction: string;
  status: string;
  reports: number;
  first: string;
  last: string;
  latest_doc: number;
}

export interface PartyStatsTable {
  entity_id: number;
  party_id: number;
  reports: number;
  first: string;
  last: string;
  latest_doc: number;
}

/** PostgreSQL only: the full-text vector beside each document. */
export interface DocumentSearchTable {
  document_id: number;
  search: ColumnType<unknown, unknown, unknown>;
}

export interface Database {
  documents: DocumentsTable;
  entities: EntitiesTable;
  entity_names: EntityNamesTable;
  entity_keys: EntityKeysTable;
  entity_roles: EntityRolesTable;
  doc_entities: DocEntitiesTable;
  positions: PositionsTable;
  party_links: PartyLinksTable;
  allegations: AllegationsTable;
  allegation_subjects: AllegationSubjectsTable;
  responses: ResponsesTable;
  events: EventsTable;
  event_roles: EventRolesTable;
  merge_candidates: MergeCandidatesTable;
  decisions: DecisionsTable;
  lists: ListsTable;
  list_entries: ListEntriesTable;
  document_search: DocumentSearchTable;
  entity_stats: EntityStatsTable;
  thread_stats: ThreadStatsTable;
  position_stats: PositionStatsTable;
  party_stats: PartyStatsTable;
}
