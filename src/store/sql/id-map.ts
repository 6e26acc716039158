// Values by entity or document id, in an array indexed by the id: what the candidate cache keeps
// for every entity an ingest run reads (profiles, merge members, whether an entity holds
// undecided mentions) and every document's entities. Ids are dense (both databases give them
// in order from 1), so the array is about as long as the store's highest id, up to a bound.
import { DossierError } from '../../errors.js';

/** Both schemas give entities and documents 32-bit ids from 1 up; anything else is a corrupted row. */
export function checkId(id: number, what: string): void {
  if (!Number.isInteger(id) || id <= 0 || id > 0x7fffffff) throw new DossierError('internal', `${what} ${id} is not a positive 32-bit integer`);
}

/** Room for arrays indexed by id: the next power of two past `id`, at least 1024. */
export function roomFor(id: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(id + 1)));
}

/**
 * Ids an array indexed by id reaches for a map of at most `max` entries; ids past it go in a
 * plain map beside the array, so that a store with millions of rows keeps the array at 4 × max.
 */
export function denseIdsFor(max: number): number {
  return Math.max(1024, 4 * max);
}

/** A copy of `array` with room for `size` elements (those past the copy are 0). */
export function grown<A extends Int32Array | Uint8Array>(array: A, size: number): A {
  const out = new (array.constructor as new (length: number) => A)(size);
  out.set(array);
  return out;
}

/** The operations the candidate cache uses, met by this map and by an LRUCache keyed by id. */
export interface IdCache<V> {
  readonly size: number;
  get(id: number): V | undefined;
  has(id: number): boolean;
  set(id: number, value: V): unknown;
  delete(id: number): unknown;
  clear(): void;
}

/**
 * A map from positive 32-bit ids to values, holding at most `max` of them: one that would go
 * past that empties the map first (an LRU's bookkeeping per entry cost more time and memory than
 * the occasional start over of a map this size, which an ingest run's store reaches only with
 * hundreds of thousands of entities). A lookup is an array read instead of a hash lookup in a
 * map of that many entries. Ids past four times `max` go in a plain map instead, so that the
 * array of a store with millions of rows stays at 8 bytes × 4 × `max`.
 */
export class IdMap<V> implements IdCache<V> {
  private slots: (V | undefined)[] = [];
  /** Ids from `denseIds` on, which the array does not reach. */
  private readonly far = new Map<number, V>();
  private readonly denseIds: number;
  /** Ids set since the last clear (with repeats after a delete), so that clearing costs what the map held. */
  private touched: number[] = [];
  private count = 0;

  constructor(readonly max: number) {
    this.denseIds = denseIdsFor(max);
  }

  get size(): number {
    return this.count;
  }

  get(id: number): V | undefined {
    if (id < this.slots.length) return this.slots[id];
    return id >= this.denseIds ? this.far.get(id) : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, value: V): this {
    checkId(id, 'id');
    if (id >= this.denseIds) {
      if (!this.far.has(id)) this.added();
      this.far.set(id, value);
      return this;
    }
    if (this.get(id) === undefined) {
      this.added();
      if (id >= this.slots.length) this.grow(id);
      this.touched.push(id);
      // Deletes and sets again leave repeats behind: dropped before they outnumber what is held.
      if (this.touched.length > 2 * this.count + 1024) this.touched = [...new Set(this.touched.filter((t) => this.slots[t] !== undefined))];
    }
    this.slots[id] = value;
    return this;
  }

  delete(id: number): boolean {
    if (this.get(id) === undefined) return false;
    if (id >= this.denseIds) this.far.delete(id);
    else this.slots[id] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    for (const id of this.touched) this.slots[id] = undefined;
    this.far.clear();
    this.touched = [];
    this.count = 0;
  }

  /** Counts a new id, after starting over when the map is full. */
  private added(): void {
    if (this.count >= this.max) this.clear();
    this.count++;
  }

  /** Room up to the next power of two past `id` (at most denseIds), added element by element so the array keeps fast elements. */
  private grow(id: number): void {
    const size = Math.min(this.denseIds, roomFor(id));
    while (this.slots.length < size) this.slots.push(undefined);
  }
}
