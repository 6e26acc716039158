// The Store over any Kysely database: one implementation of every method, with what differs
// between SQLite and PostgreSQL (text search, batch sizes) supplied by the adapter's SqlDialect.
import type { Kysely } from 'kysely';
import type { ListEntry, ListMeta } from '../../model/list.js';
import type { Database } from '../schema.js';
import type { DocumentPlan, EntityIndex, NewEntity } from '../document-plan.js';
import type { Actor } from '../records.js';
import type { EntityFilter, TimelineFilter } from '../browse-records.js';
import type { Page, Store } from '../store.js';
import type { SqlDialect } from './dialect.js';
import * as analyst from './analyst.js';
import * as browse from './browse-entities.js';
import * as canonical from './canonical.js';
import * as documents from './documents.js';
import * as entities from './entities.js';
import * as lists from './lists.js';
import * as reports from './reports.js';
import { inSavepoint, saveDocument, type SavedDocument } from './save-document.js';
import { rebuildStats } from './entity-stats.js';
import { dataVersion } from './data-version.js';
import { documentFacts } from './document-facts.js';
import { timelineFacts } from './timeline-facts.js';
import { CandidateCache, noteSaved } from './candidate-cache.js';

/** How long what one document's resolution read on PostgreSQL is used at most. */
export const PG_CACHE_MS = 1_000;

export class SqlStore implements Store {
  readonly dialect: SqlDialect['name'];
  /**
   * Set once a document was written in this view's transaction (and the data version asked after
   * it): SQLite lets no other connection commit until the transaction ends, so the version cannot
   * move before then and is not asked again.
   */
  private holdsWriteLock = false;

  constructor(
    readonly db: Kysely<Database>,
    private readonly sqlDialect: SqlDialect,
    readonly location: string,
    /**
     * What resolution read (see candidate-cache.ts), shared with batch views: kept across documents
     * on SQLite, within one document's resolution on PostgreSQL (see validateCache).
     */
    private readonly cache: CandidateCache | undefined = new CandidateCache(),
  ) {
    this.dialect = sqlDialect.name;
  }

  /** Runs a write the candidate cache does not follow in detail: the cache starts over, also when it fails. */
  private async forgetting<T>(write: () => Promise<T>): Promise<T> {
    this.cache?.clear();
    try {
      return await write();
    } finally {
      this.cache?.clear();
    }
  }

  close(): Promise<void> { return this.db.destroy(); }

  async inBatch<T>(work: (store: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) {
      return inSavepoint(this.db, () => work(this)).catch((err: unknown) => {
        // Rolled back: what the cache read inside may be gone.
        this.cache?.clear();
        throw err;
      });
    }
    const trx = await this.db.startTransaction().execute();
    let out: T;
    try {
      out = await work(new SqlStore(trx, this.sqlDialect, this.location, this.cache));
    } catch (err) {
      this.cache?.clear();
      // The work's own error is the one to report; a rollback on a failed connection fails too.
      await trx.rollback().execute().catch(() => undefined);
      throw err;
    }
    await trx.commit().execute().catch((err: unknown) => {
      this.cache?.clear();
      throw err;
    });
    return out;
  }

  findDocumentByHash(hash: string) { return documents.findDocumentByHash(this.db, hash); }
  getDocument(id: number) { return documents.getDocument(this.db, id); }
  async saveDocument(plan: DocumentPlan) {
    this.cache?.forgetPlan(plan);
    let saved: SavedDocument;
    try {
      saved = await saveDocument(this.db, this.sqlDialect, plan);
    } catch (err) {
      this.cache?.clear();
      throw err;
    }
    if (this.cache && !plan.replaces) {
      noteSaved(this.cache, {
        documentId: saved.documentId, reported: saved.reported, targets: saved.targets,
        keys: [...plan.newEntities.map((e) => ({ entityId: saved.entityIds[e.ref]!, keys: e.keys })), ...plan.indexAdditions],
      });
    }
    if (this.dialect === 'sqlite' && this.db.isTransaction && !this.holdsWriteLock) {
      await this.validateCache(false);
      this.holdsWriteLock = true;
    }
    return { documentId: saved.documentId, entityIds: saved.entityIds, removedEntities: saved.removedEntities };
  }
  listDocuments(page?: Page) { return documents.listDocuments(this.db, page); }
  countDocuments() { return documents.countDocuments(this.db); }
  searchDocuments(query: string, page?: Page) { return documents.searchDocuments(this.db, this.sqlDialect, query, page); }
  documentsNotExtractedBy(version: string, afterId: number, limit: number) { return documents.documentsNotExtractedBy(this.db, version, afterId, limit); }
  analystAssignments(documentId: number) { return documents.analystAssignments(this.db, documentId); }
  documentEntities(documentId: number) { return documents.documentEntities(this.db, documentId); }

  get lookupsAreRoundTrips() { return this.dialect === 'postgres'; }
  async findCandidates(kind: string, keys: string[], limit?: number) { return (await this.findCandidatesMany([{ kind, keys }], limit))[0]!; }
  async findCandidatesMany(requests: { kind: string; keys: string[] }[], limit?: number) {
    await this.validateCache(true);
    return entities.findCandidatesMany(this.db, this.sqlDialect, requests, limit, this.cache);
  }
  async coMentionCount(entityId: number, others: number[]) { return (await this.coMentionCounts([entityId], others))[0]!; }
  async coMentionCounts(entityIds: number[], others: number[]) {
    await this.validateCache(false);
    return entities.coMentionCounts(this.db, this.sqlDialect, entityIds, others, this.cache);
  }
  /**
   * SQLite: another connection's commit moves the data version, and the cache starts over.
   * PostgreSQL has no such cheap signal (its WAL position moves with our own writes too): the
   * cache starts over with each document's candidate lookup (`newDocument`), and at the latest
   * PG_CACHE_MS after it, so it only saves re-reading, for the co-mention counts that follow
   * within the same document, what that lookup has just read.
   */
  private async validateCache(newDocument: boolean): Promise<void> {
    if (!this.cache) return;
    if (this.dialect === 'postgres') {
      if (newDocument || performance.now() - this.cache.startedAt > PG_CACHE_MS) this.cache.clear();
    } else if (!this.holdsWriteLock) {
      this.cache.validate(await this.dataVersion());
    }
  }
  getEntity(id: number) { return entities.getEntity(this.db, id); }
  async canonicalId(id: number) { return (await canonical.canonicalMap(this.db, [id])).get(id) ?? id; }
  entityMembers(id: number) { return canonical.memberIds(this.db, id); }
  listEntities(filter?: { kind?: string; q?: string } & Page) { return entities.listEntities(this.db, filter); }
  positionSummaries(ids: number[]) { return reports.positionSummaries(this.db, ids); }
  partySummaries(ids: number[]) { return reports.partySummaries(this.db, ids); }
  threadSummaries(ids: number[]) { return reports.threadSummaries(this.db, ids); }
  allegationReports(ids: number[], category: string, page?: Page) { return reports.allegationReports(this.db, ids, category, page); }
  responsesIn(documentIds: number[]) { return reports.responsesIn(this.db, documentIds); }
  allegationSubjectsIn(documentIds: number[]) { return reports.allegationSubjectsIn(this.db, documentIds); }
  responsesBy(ids: number[], page?: Page) { return reports.responsesBy(this.db, ids, page); }
  eventReports(ids: number[], page?: Page) { return reports.eventReports(this.db, ids, page); }
  coMentioned(ids: number[], limit?: number) { return reports.coMentioned(this.db, ids, limit); }
  entityDocuments(ids: number[], page?: Page) { return reports.entityDocuments(this.db, ids, page); }
  countEntityDocuments(ids: number[]) { return reports.countEntityDocuments(this.db, ids); }
  mergeCandidates(filter?: { entityId?: number; status?: string } & Page) { return analyst.mergeCandidates(this.db, filter); }
  knowledgeBasePersons(): AsyncIterable<ListEntry> { return lists.knowledgeBasePersons(this.db); }

  mergeEntities(keepId: number, otherId: number, by: Actor) { return this.forgetting(() => analyst.mergeEntities(this.db, keepId, otherId, by)); }
  splitEntity(entityId: number, documentIds: number[], created: Omit<NewEntity, 'ref'>, by: Actor) {
    return this.forgetting(() => analyst.splitEntity(this.db, this.sqlDialect, entityId, documentIds, created, by));
  }
  undoDecision(decisionId: number, by: Actor) { return this.forgetting(() => analyst.undoDecision(this.db, this.sqlDialect, decisionId, by)); }
  listDecisions(page?: Page) { return analyst.listDecisions(this.db, page); }
  rejectCandidate(candidateId: number) { return this.forgetting(() => analyst.rejectCandidate(this.db, candidateId)); }
  rebuildSummaries() { return this.forgetting(() => rebuildStats(this.db)); }
  docEntitiesOf(entityId: number, documentIds?: number[]) { return analyst.docEntitiesOf(this.db, entityId, documentIds); }
  replaceEntityIndex(entityId: number, index: EntityIndex) {
    return this.forgetting(() => analyst.replaceEntityIndex(this.db, this.sqlDialect, entityId, index));
  }

  replaceList(meta: Omit<ListMeta, 'entryCount'>, entries: Iterable<ListEntry> | AsyncIterable<ListEntry>) {
    return lists.replaceList(this.db, this.sqlDialect, meta, entries);
  }
  getList(name: string) { return lists.getList(this.db, name); }
  listLists() { return lists.listLists(this.db); }
  listEntries(name: string): AsyncIterable<ListEntry> { return lists.listEntries(this.db, name); }

  documentFacts(documentIds: number[]) { return documentFacts(this.db, documentIds); }
  browseEntities(filter?: EntityFilter & Page) { return browse.browseEntities(this.db, filter); }
  entityCounts() { return browse.entityCounts(this.db); }
  timelineFacts(filter?: TimelineFilter & Page) { return timelineFacts(this.db, filter); }
  dataVersion() { return dataVersion(this.db, this.dialect); }
}
