// The Store: everything Dossier keeps (documents, knowledge-base entities and facts with
// provenance, analyst decisions, screening lists) behind one interface. Implementations:
// sqlite/ (embedded default) and postgres/, both over the shared Kysely code in sql/.
import type { ListEntry, ListMeta } from '../model/list.js';
import type { DocumentFacts, EntityFilter, TimelineFact, TimelineFilter } from './browse-records.js';
import type { DocumentPlan, EntityIndex, NewEntity, SaveResult } from './document-plan.js';
import type {
  Actor, AllegationReport, CandidateProfile, CoMention, Decision, DocEntityRow, DocumentDate, EntityRecord,
  EntityRef, EventReport, MergeCandidate, PartySummary, PositionSummary, ResponseReport, SearchHit, StoredDocument, ThreadSummary,
} from './records.js';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface DocumentStore {
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null>;
  getDocument(id: number): Promise<(StoredDocument & { text: string }) | null>;
  /** Persists one document with its extraction in one transaction; a failure leaves nothing behind. */
  saveDocument(plan: DocumentPlan): Promise<SaveResult>;
  listDocuments(page?: Page): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  /** Full-text search over titles and texts; every word must match (accents and case ignored). */
  searchDocuments(query: string, page?: Page): Promise<SearchHit[]>;
  /** Documents whose stored facts come from another extractor version (for re-extraction). */
  documentsNotExtractedBy(version: string, afterId: number, limit: number): Promise<(StoredDocument & { text: string })[]>;
  /** What each entity of a document's extraction was resolved to, and how. */
  documentEntities(documentId: number): Promise<{ localId: string; name: string; entity: EntityRef; resolution: string; assignedBy: string }[]>;
  /** Entity assignments analysts made in a document (they survive re-extraction). */
  analystAssignments(documentId: number): Promise<DocEntityRow[]>;
}

export interface EntityStore {
  /** Canonical entities of a kind reachable through any of the blocking keys (read-only: profiles may be shared between calls). */
  findCandidates(kind: string, keys: string[], limit?: number): Promise<CandidateProfile[]>;
  /**
   * Each lookup is a round of queries to a database server (PostgreSQL) rather than reads in
   * the process (SQLite): resolution then asks for everything it may need in one call.
   */
  readonly lookupsAreRoundTrips: boolean;
  /** findCandidates for several mentions in one go (the result lists are in request order). */
  findCandidatesMany(requests: { kind: string; keys: string[] }[], limit?: number): Promise<CandidateProfile[][]>;
  /** How many of `others` appear in the same documents as `entityId` (its latest documents). */
  coMentionCount(entityId: number, others: number[]): Promise<number>;
  /** coMentionCount for several entities in one go (the counts are in the order of `entityIds`). */
  coMentionCounts(entityIds: number[], others: number[]): Promise<number[]>;
  getEntity(id: number): Promise<EntityRecord | null>;
  /** The id an entity now answers to, following analyst merges. */
  canonicalId(id: number): Promise<number>;
  /** The entity and every entity merged into it. */
  entityMembers(id: number): Promise<number[]>;
  listEntities(filter?: { kind?: string; q?: string } & Page): Promise<EntityRecord[]>;
  /** Positions as reported, one row per (title, jurisdiction, status), with report dates. */
  positionSummaries(ids: number[]): Promise<PositionSummary[]>;
  partySummaries(ids: number[]): Promise<PartySummary[]>;
  threadSummaries(ids: number[]): Promise<ThreadSummary[]>;
  /** Reports of one allegation thread, latest first. */
  allegationReports(ids: number[], category: string, page?: Page): Promise<AllegationReport[]>;
  /** Every response stated in the given documents. */
  responsesIn(documentIds: number[]): Promise<ResponseReport[]>;
  /** Who each allegation in the given documents is against. */
  allegationSubjectsIn(documentIds: number[]): Promise<{ documentId: number; allegationId: string; subject: EntityRef }[]>;
  /** Responses the entity itself gave. */
  responsesBy(ids: number[], page?: Page): Promise<ResponseReport[]>;
  eventReports(ids: number[], page?: Page): Promise<EventReport[]>;
  coMentioned(ids: number[], limit?: number): Promise<CoMention[]>;
  entityDocuments(ids: number[], page?: Page): Promise<DocumentDate[]>;
  countEntityDocuments(ids: number[]): Promise<number>;
  mergeCandidates(filter?: { entityId?: number; status?: string } & Page): Promise<MergeCandidate[]>;
  /** Knowledge-base persons as screening-list entries (list `kb`, entity id as entry id). */
  knowledgeBasePersons(): AsyncIterable<ListEntry>;
}

export interface AnalystStore {
  /** Merges `otherId` into `keepId`; recorded, undoable. */
  mergeEntities(keepId: number, otherId: number, by: Actor): Promise<Decision>;
  /** Moves the entity's mentions in the given documents to a new entity; recorded, undoable. */
  splitEntity(entityId: number, documentIds: number[], created: Omit<NewEntity, 'ref'>, by: Actor): Promise<Decision>;
  undoDecision(decisionId: number, by: Actor): Promise<Decision>;
  listDecisions(page?: Page): Promise<Decision[]>;
  rejectCandidate(candidateId: number): Promise<void>;
  /** The entity's own document mentions (not those of entities merged into it). */
  docEntitiesOf(entityId: number, documentIds?: number[]): Promise<DocEntityRow[]>;
  /** Recomputes the per-entity summaries from the facts (exact date ranges after re-extractions). */
  rebuildSummaries(): Promise<void>;
  /** Rebuilds an entity's lookup rows (after a split or an undo). */
  replaceEntityIndex(entityId: number, index: EntityIndex): Promise<void>;
}

export interface ListStore {
  /** Replaces a list and all its entries atomically; entries are inserted in batches. */
  replaceList(meta: Omit<ListMeta, 'entryCount'>, entries: Iterable<ListEntry> | AsyncIterable<ListEntry>): Promise<ListMeta>;
  getList(name: string): Promise<ListMeta | null>;
  listLists(): Promise<ListMeta[]>;
  /** The entries of a list in import order, read a page at a time. */
  listEntries(name: string): AsyncIterable<ListEntry>;
}

/** Reads for browsing (the HTTP API and the web app). */
export interface BrowseStore {
  /** The stored extraction of each document asked for (missing ids skipped), in that order. */
  documentFacts(documentIds: number[]): Promise<DocumentFacts[]>;
  /** Canonical entities, filtered and sorted (by default oldest first). */
  browseEntities(filter?: EntityFilter & Page): Promise<EntityRecord[]>;
  /** Canonical entities of each kind. */
  entityCounts(): Promise<Record<string, number>>;
  /** Events, allegation reports and reports, latest first. */
  timelineFacts(filter?: TimelineFilter & Page): Promise<TimelineFact[]>;
  /**
   * Changes whenever another connection may have changed the data (it may also change without
   * a visible change); writes through this store need not move it. For caches of read results.
   */
  dataVersion(): Promise<string>;
}

export interface Store extends DocumentStore, EntityStore, AnalystStore, ListStore, BrowseStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives, for messages (a file path or a URL without its password). */
  readonly location: string;
  close(): Promise<void>;
  /**
   * Runs `work` on a view of this store whose writes commit together when it ends (rolled back
   * if it throws). Each `saveDocument` inside stays all-or-nothing on its own (a savepoint), so
   * a failing document is skipped without losing the others. For ingestion, where committing
   * once per document costs more than writing it; the view is for documents only (analyst
   * decisions and lists open transactions of their own) and is not to be closed. Called on
   * such a view, it runs `work` in a savepoint: everything one document reads and writes, undone
   * alone if it throws.
   */
  inBatch<T>(work: (store: Store) => Promise<T>): Promise<T>;
}
