// What resolution reads about candidates (blocking keys' entities, their kinds and merges,
// merge members, names, roles, whether an entity holds undecided mentions, an entity's latest
// documents and the entities of documents for co-mention counts), kept in the process across the
// documents of an ingest run. Writes through the store drop what they touch (so the next lookup
// reads it again); anything else (another connection's commit, an analyst decision, a rollback)
// drops everything. Across documents only on SQLite, whose `pragma data_version` moves for other
// connections' commits alone; PostgreSQL's WAL position moves with every write of our own as
// well, so there it lasts one document's resolution (SqlStore.validateCache).
import { LRUCache } from 'lru-cache';
import type { DocumentPlan } from '../document-plan.js';
import type { CandidateProfile } from '../records.js';
import { chunks, unique } from './rows.js';
import { lowerBound } from '../../sorted-search.js';
import { DossierError } from '../../errors.js';
import { IdFlags, checkId, grown, roomFor, type IdCache } from './id-map.js';
import { PackedLists } from './packed-lists.js';
import { PackedProfiles } from './packed-profiles.js';

export interface EntityRow {
  id: number;
  kind: string;
  name: string;
  country: string | null;
  org_type: string | null;
  origin: string;
  merged_into: number | null;
}

/** One doc_entities row as the co-mention count orders them (latest report first). */
export interface RecentRow {
  documentId: number;
  reported: string | null;
}

/**
 * An entity's latest rows, latest first, packed into one array: document id and the date it
 * counts as reported (interned: a few thousand distinct dates), row after row. A typed array of
 * ids beside an array of dates and an object holding both took about 460 bytes per entity of the
 * cache (heap snapshots, mostly those three objects' headers for a few rows); one array needs
 * one header, so that the cache can keep the rows of every entity it reads.
 */
export type RecentRows = readonly (number | string | null)[];

/** How many rows `list` holds. */
export function rowCount(list: RecentRows): number {
  return list.length >> 1;
}

/** The document of row `i` of `list`. */
export function documentAt(list: RecentRows, i: number): number {
  return list[2 * i] as number;
}

/** The reported date of row `i` of `list`. */
export function reportedAt(list: RecentRows, i: number): string | null {
  return list[2 * i + 1] as string | null;
}

/** The documents of `list`, latest first. */
export function documentsOf(list: RecentRows): number[] {
  const out = new Array<number>(rowCount(list));
  for (let i = 0; i < out.length; i++) out[i] = documentAt(list, i);
  return out;
}

const dates = new Map<string, string>();

function intern(date: string | null): string | null {
  if (date === null) return null;
  const known = dates.get(date);
  if (known !== undefined) return known;
  if (dates.size >= 100_000) dates.clear();
  dates.set(date, date);
  return date;
}

/** Rows in the order laterFirst gives, packed. */
export function packRows(rows: RecentRow[]): RecentRows {
  const sorted = [...rows].sort(laterFirst);
  const out = new Array<number | string | null>(2 * sorted.length);
  sorted.forEach((r, i) => {
    out[2 * i] = r.documentId;
    out[2 * i + 1] = intern(r.reported);
  });
  return out;
}

/** The latest `max` of `list` and `row`, as a new list (a caller may still hold the old one). */
export function withRow(list: RecentRows, row: RecentRow, max = RECENT_ROWS): RecentRows {
  let at = rowCount(list);
  while (at > 0 && laterFirst(row, { documentId: documentAt(list, at - 1), reported: reportedAt(list, at - 1) }) < 0) at--;
  if (at >= max) return list;
  const n = Math.min(rowCount(list) + 1, max);
  return [...list.slice(0, 2 * at), row.documentId, intern(row.reported), ...list.slice(2 * at, 2 * (n - 1))];
}

/** How many of an entity's latest doc_entities rows a co-mention count looks at. */
export const RECENT_ROWS = 50;

/** `order by reported desc, document_id desc` as SQLite sorts (NULL lowest, text by code unit). */
export function laterFirst(a: RecentRow, b: RecentRow): number {
  if (a.reported !== b.reported) {
    if (a.reported === null) return 1;
    if (b.reported === null) return -1;
    return a.reported < b.reported ? 1 : -1;
  }
  return b.documentId - a.documentId;
}

/**
 * Entries kept per map by id; past that, IdFlags starts over, and the packed maps (PackedLists,
 * the packed part of PackedProfiles) keep half, those used lately (IdSlices). The LRU maps
 * (blocking keys, latest rows, co-mentions, profile objects) keep fewer, the most recently used
 * (KEY_ENTRIES, RECENT_ENTITIES, NEIGHBOUR_ENTITIES, HOT_PROFILES, and the *_LISTED bounds on
 * what they list), so that the live heap stops growing early in a run.
 * Resolution slows down badly once a store's entities outgrow what is kept in some form: in two
 * runs side by side, resolution took 8.3 ms per document over the benchmark corpus's documents
 * 50,000–60,000 with 50,000 entries and 3.8 ms with 150,000, as a window of 5,000 documents
 * reads the profiles of nearly every entity the store has (38,271 of 39,765 at 25,000
 * documents). The corpus has 113,661 person entities at 100,000 documents (extractor
 * rules-0.3.0): 250,000 holds all of them (bench:ingest).
 */
export const CACHE_ENTRIES = 250_000;

/**
 * Entries per map on PostgreSQL, where the cache lasts one document's resolution (see above):
 * enough for what one document reads. Clearing a map costs in proportion to its size limit,
 * not to what it holds (see emptied), and PostgreSQL clears before every document.
 */
export const ONE_DOCUMENT_ENTRIES = 10_000;

/**
 * Blocking keys whose entity lists are kept. A miss is one indexed read, and the keys a run looks
 * up again and again (common names and surnames) stay: in two full benchmark runs side by side,
 * 50,000 keys instead of 250,000 (all of them, from about 70,000 documents on) ingested as fast
 * (185.7 against 186.9 documents per CPU second) with a live heap 55 MB smaller at 100,000
 * documents (249 against 304 MB). About 220 bytes per key, a quarter of them with no entity.
 */
export const KEY_ENTRIES = 50_000;

/** Candidates a lookup keeps per mention unless its caller asks for more (findCandidatesMany). */
export const CANDIDATE_LIMIT = 50;

/**
 * Ids kept per blocking key: the lowest, as many as a lookup of CANDIDATE_LIMIT candidates walks
 * (four times the limit; a lone surname's `s:` key only the limit). A common surname's key
 * names thousands of entities and a growing store adds more, while the walk never reads past
 * these: kept whole, the lists grew with the store however few keys were kept.
 */
export const KEY_IDS = 4 * CANDIDATE_LIMIT;

/**
 * Ids listed in all by the kept blocking keys, each key counting one more (see bounded). The
 * keys' lists lengthen as the store grows (182,000 ids at 36,000 benchmark documents, 291,000 at
 * 60,000) up to KEY_IDS each, and the heap with them; past this the least recently used keys go
 * instead. Measured over documents 48,000–54,000 against unbounded lists: 7.0 instead of 6.5
 * keys read from the database per document.
 */
export const KEY_LISTED = 250_000;

/**
 * Rows in all of the kept latest rows, each entity counting one more (234,000 rows at 60,000
 * benchmark documents unbounded): 14.1 instead of 12.7 entities' rows read per document over
 * documents 48,000–54,000.
 */
export const RECENT_LISTED = 180_000;

/**
 * Ids in all of the kept co-mention sets, each entity counting one more (764,000 at 60,000
 * benchmark documents unbounded): 7.9 instead of 7.1 sets gathered per document over documents
 * 48,000–54,000.
 */
export const NEIGHBOUR_LISTED = 650_000;

/**
 * Bytes of each of the packed lists (merge members, document entities), 16 MB at most. The
 * benchmark corpus's documents name about 17 distinct entities each, about 2.3 bytes each as
 * sorted differences: 4 MB at 100,000 documents. Kept smaller, the lists are read again and
 * again: with room for 600,000 ids (and the other packed caches cut likewise to what 30,000
 * documents fill), each document read the entities of 35 others from the database at 54,000
 * documents, and resolution took 2.7 instead of 1.5 ms per document.
 */
export const LISTED_BYTES = 16 * 2 ** 20;

/**
 * Entities whose latest rows are kept (up to RECENT_ROWS rows each, 16 bytes a row; most
 * entities have a few), the most recently used. A miss is one indexed read per entity, and only
 * the few candidates per mention whose co-mentions could change a decision are counted: in
 * 40,000-document runs, 30,000 entities instead of 150,000 (all of the store's) resolved no
 * slower (resolution 1.42–1.47 times the extraction time, against 1.43–1.52), with a live heap
 * 3 MB smaller at 40,000 documents and bounded from there on (bench:ingest,
 * docs/knowledge-base.md).
 */
export const RECENT_ENTITIES = 30_000;

/**
 * Profiles kept as objects, the most recently used; the others are kept packed (PackedProfiles,
 * about 35 bytes each instead of about 700 with the objects they share). The live heap stops
 * growing with the store once this many entities were read (about 20,000 documents of the
 * benchmark corpus); past that, reads unpack more as the store grows (one in twelve at 40,000
 * documents, bench:ingest).
 */
export const HOT_PROFILES = 30_000;

/** Bytes of packed profiles in all: 64 MB, far past CACHE_ENTRIES profiles of about 35 bytes (the id limit comes first). */
export const PROFILE_BYTES = 64 * 2 ** 20;

/**
 * Entities whose co-mentioned entities are kept, as sorted ids (up to RECENT_ROWS documents'
 * worth each, a thousand ids or about 4 kB, so fewer of them).
 */
export const NEIGHBOUR_ENTITIES = 10_000;

/**
 * A map keeping its `max` most recently used entries (lru-cache). A Map used as a queue, its
 * oldest key deleted on every insert, slows down badly once full: V8 leaves deleted entries in
 * place until the table is rebuilt, and finding the oldest key walks over all of them (measured
 * at 14–24 µs per insert into a full map of 50,000, which made ingestion slow down as the store
 * grew past the caches).
 */
export type Bounded<K extends {}, V extends {}> = LRUCache<K, V>;

/**
 * At most `max` entries; with `size`, also at most `maxSize` in all as `size` counts an entry
 * (its list's length, plus one for the entry itself), so that lists lengthening as the store
 * grows make the map keep fewer of them instead of growing with the store.
 */
function bounded<K extends {}, V extends {}>(max: number, maxSize?: number, size?: (v: V) => number): Bounded<K, V> {
  return maxSize === undefined || size === undefined ? new LRUCache<K, V>({ max }) : new LRUCache<K, V>({ max, maxSize, sizeCalculation: (v) => size(v) + 1 });
}

/**
 * Empties a map unless it is empty: LRUCache.clear() writes every one of its `max` slots (the
 * last delete does too), about 0.7 ms for a map of 250,000, whatever it holds.
 */
function emptied(map: { readonly size: number; clear(): void }): void {
  if (map.size > 0) map.clear();
}

/** What a candidate walk must know of every id on a key's list: the entity's kind and merge target. */
export interface EntityShape {
  /** The entity's kind, or null for an id without a row (a key left pointing at a deleted entity). */
  kind: string | null;
  mergedInto: number | null;
}

/**
 * The kind and merge target of every entity read, in typed arrays indexed by id: a candidate
 * walk looks at up to 200 ids per key, and reading a byte and an integer costs a fraction of
 * an LRU lookup of the whole row. Five bytes per entity id (half a megabyte for 100,000
 * entities), so all of them are kept; ids are dense (SQLite and PostgreSQL give them in order).
 */
export class EntityShapes {
  /** 0: not known; otherwise 1 + the index of the kind in `kinds` (GONE_CODE: no row). */
  private codes = new Uint8Array(0);
  /** The entity this one was merged into; 0 for none (ids start at 1). */
  private merged = new Int32Array(0);
  private readonly kinds: string[] = [];
  /** Whether anything was set since the last clear (PostgreSQL clears before every document). */
  private used = false;

  /** The shape of `id`, or undefined when it was not read. */
  get(id: number): EntityShape | undefined {
    const code = this.code(id);
    if (code === 0) return undefined;
    return { kind: code === GONE_CODE ? null : this.kinds[code - 1]!, mergedInto: this.merged[id] || null };
  }

  /** The kind code of `id` (0: not known), without an object. */
  code(id: number): number {
    return id < this.codes.length ? this.codes[id]! : 0;
  }

  /** The id `id` was merged into (0: none, or not known). */
  mergedInto(id: number): number {
    return id < this.merged.length ? this.merged[id]! : 0;
  }

  /** The code `kind` is stored as (one per kind, a handful in all). */
  codeOf(kind: string): number {
    let at = this.kinds.indexOf(kind);
    if (at < 0) {
      if (this.kinds.length >= GONE_CODE - 1) throw new DossierError('internal', `too many entity kinds (${kind})`);
      at = this.kinds.push(kind) - 1;
    }
    return at + 1;
  }

  set(id: number, shape: EntityShape): void {
    checkId(id, 'entity id');
    if (id >= this.codes.length) this.grow(id);
    this.used = true;
    this.codes[id] = shape.kind === null ? GONE_CODE : this.codeOf(shape.kind);
    this.merged[id] = shape.mergedInto ?? 0;
  }

  clear(): void {
    if (!this.used) return;
    this.codes.fill(0);
    this.merged.fill(0);
    this.used = false;
  }

  private grow(id: number): void {
    const size = roomFor(id);
    this.codes = grown(this.codes, size);
    this.merged = grown(this.merged, size);
  }
}

/** The kind code of an id whose row is not there. */
export const GONE_CODE = 255;

export class CandidateCache {
  /** Entity ids of a blocking key, in the order the database returns them (by id). */
  readonly keys: Bounded<string, number[]>;
  /**
   * Kind and merge target of every entity whose row was read (see EntityShapes). The rest of a
   * row is only needed to put a profile together, and the profile is what is kept.
   */
  readonly shapes = new EntityShapes();
  /** Canonical id → itself and every entity merged into it. */
  readonly members: IdCache<number[]>;
  /** Canonical id of an undecided entity → whether it has open merge candidates. */
  readonly unresolved: IdCache<boolean>;
  /** Document id → the entity ids its mentions were assigned (distinct, as stored: not canonical; in no set order). */
  readonly docEntities: IdCache<number[]>;
  /**
   * Canonical id of an entity nothing was merged into → its latest RECENT_ROWS doc_entities rows
   * (fewer when it has fewer), kept up to date by noteSaved. Entities with merged members are
   * not kept: a new row of a member would have to be found by its root.
   */
  readonly recent: Bounded<number, RecentRows>;
  /**
   * Entity id → the entities named in the documents of its latest rows, with the rows list they
   * were gathered from: valid while the entity's latest rows are that very list (noteSaved
   * replaces the list when the entity gains a document).
   */
  readonly neighbours: Bounded<number, { rows: RecentRows; ids: Int32Array }>;
  /**
   * Canonical id → the profile findCandidates returns (its row, names and roles, whether it
   * holds undecided mentions): the most recent as objects, the rest packed (PackedProfiles).
   */
  readonly profiles: IdCache<CandidateProfile>;
  private version: string | null = null;
  /** When the cache last started over (performance.now()). */
  startedAt = performance.now();

  /** `hotProfiles`: profiles kept as objects when the cache lasts (HOT_PROFILES; fewer in tests). */
  constructor(max = CACHE_ENTRIES, hotProfiles = HOT_PROFILES) {
    // What is kept for (about) every entity and document a run reads goes in arrays indexed by
    // id, the id lists packed into one byte array each (PackedLists), the profiles packed past
    // the most recently used (PackedProfiles). A cache that lasts one document (PostgreSQL's)
    // keeps LRU maps: the few hundred ids one document reads would mostly be past a small
    // array, in its plain map.
    const lasting = max > ONE_DOCUMENT_ENTRIES;
    const lists = (sorted: boolean): IdCache<number[]> => (lasting ? new PackedLists(max, LISTED_BYTES, sorted) : bounded<number, number[]>(max));
    this.keys = bounded(Math.min(max, KEY_ENTRIES), KEY_LISTED, (ids) => ids.length);
    this.members = lists(false);
    this.unresolved = lasting ? new IdFlags(max) : bounded<number, boolean>(max);
    // A document's entities are gathered into sets: their order does not matter.
    this.docEntities = lists(true);
    this.recent = bounded(Math.min(max, RECENT_ENTITIES), RECENT_LISTED, rowCount);
    this.neighbours = bounded(Math.min(max, NEIGHBOUR_ENTITIES), NEIGHBOUR_LISTED, (n) => n.ids.length);
    this.profiles = lasting ? new PackedProfiles(hotProfiles, max, PROFILE_BYTES) : bounded(max);
  }

  clear(): void {
    this.startedAt = performance.now();
    emptied(this.keys);
    this.shapes.clear();
    emptied(this.members);
    emptied(this.unresolved);
    emptied(this.docEntities);
    emptied(this.recent);
    emptied(this.neighbours);
    emptied(this.profiles);
  }

  /** Drops everything when the data version moved (another connection committed). */
  validate(version: string): void {
    if (this.version !== version) this.clear();
    this.version = version;
  }

  /** Forgets what a document plan is about to change. */
  forgetPlan(plan: DocumentPlan): void {
    if (plan.replaces) {
      // A replaced extraction may delete entities and their lookup rows.
      this.clear();
      return;
    }
    // The blocking keys' lists learn the plan's new rows once it is saved (noteSaved).
    const touched = [...plan.indexAdditions.map((a) => a.entityId), ...plan.candidates.flatMap((c) => ('id' in c.entity ? [c.entity.id] : []))];
    for (const id of touched) {
      // Names of an entity merged into another count for the entity it answers to, which the
      // cache does not map back: start over (merges are an analyst's, and rare).
      const shape = this.shapes.get(id);
      if (!shape || shape.mergedInto !== null) {
        this.clear();
        return;
      }
      this.unresolved.delete(id);
      this.profiles.delete(id);
    }
  }
}

/** What a new document's write added that the cache follows. */
export interface SavedRows {
  documentId: number;
  reported: string;
  /** The entity id of each doc_entities row written, as stored. */
  targets: number[];
  /** Blocking keys written (new entities' and those learnt by known ones), with their entity. */
  keys: { entityId: number; keys: string[] }[];
}

/**
 * After a new document was written: its entities join the latest rows of the entities the cache
 * keeps them for, the document's entity list is known, and the blocking keys' lists the cache
 * holds take their new entities (a common surname's list is thousands of ids, too many to read
 * again after every document naming someone new by it). A replaced extraction cleared the cache
 * in forgetPlan instead.
 */
export function noteSaved(cache: CandidateCache, { documentId, reported, targets, keys }: SavedRows): void {
  const row: RecentRow = { documentId, reported };
  for (const id of targets) {
    const list = cache.recent.get(id);
    if (list) cache.recent.set(id, withRow(list, row));
  }
  cache.docEntities.set(documentId, unique(targets));
  for (const { entityId, keys: written } of keys) {
    for (const k of written) {
      const list = cache.keys.get(k);
      if (list) cache.keys.set(k, withId(list, entityId, KEY_IDS));
    }
  }
}

/**
 * The id list with `id` in its place (lists are in id order, as the key lookup reads them), of
 * at most `max` ids: a list of `max` may be the lowest ids of a longer one, so an id past its
 * end changes nothing, and one within it pushes the last one out.
 */
export function withId(list: number[], id: number, max = Infinity): number[] {
  const lo = lowerBound(list, id);
  if (list[lo] === id || lo >= max) return list;
  // Copied, not changed in place: a caller may still hold the old list.
  const out = [...list.slice(0, lo), id, ...list.slice(lo)];
  return out.length > max ? out.slice(0, max) : out;
}

/** The distinct values of `ids`, sorted. */
export function sortedIds(ids: number[]): Int32Array {
  const sorted = Int32Array.from(ids).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}

/** Where cachedLists keeps its lists: an LRU map (blocking keys) or a map by id (document entities). */
export interface ListCache<K> {
  get(key: K): number[] | undefined;
  set(key: K, list: number[]): unknown;
}

/**
 * Id lists for several keys: each from the cache when it holds it, the rest read at once (in
 * chunks of the query's `in` list) and kept, without duplicates, the first `keep` ids of each
 * (`read` gives them in the order to keep). Cached lists are taken first: storing what is read
 * may evict them.
 */
export async function cachedLists<K extends {}>(cache: ListCache<K>, keys: readonly K[], read: (part: K[]) => Promise<[K, number][]>, keep = Infinity): Promise<Map<K, number[]>> {
  const out = new Map<K, number[]>();
  for (const k of keys) {
    const list = cache.get(k);
    if (list) out.set(k, list);
  }
  const missing = keys.filter((k) => !out.has(k));
  for (const k of missing) out.set(k, []);
  for (const part of chunks(missing)) for (const [k, id] of await read(part)) out.get(k)!.push(id);
  for (const k of missing) {
    const all = unique(out.get(k)!);
    const list = all.length > keep ? all.slice(0, keep) : all;
    out.set(k, list);
    cache.set(k, list);
  }
  return out;
}
