// Values by entity or document id, in an array indexed by the id: what the candidate cache keeps
// for every entity an ingest run reads (profiles, merge members, whether an entity holds
// undecided mentions) and every document's entities. Ids are dense (both databases give them
// in order from 1), so the array is about as long as the store's highest id.
import { DossierError } from '../../errors.js';

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
 * map of that many entries.
 */
export class IdMap<V> implements IdCache<V> {
  private slots: (V | undefined)[] = [];
  /** Ids set since the last clear (with repeats after a delete), so that clearing costs what the map held. */
  private touched: number[] = [];
  private count = 0;

  constructor(readonly max: number) {}

  get size(): number {
    return this.count;
  }

  get(id: number): V | undefined {
    return id < this.slots.length ? this.slots[id] : undefined;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, value: V): this {
    if (!Number.isInteger(id) || id <= 0 || id > 0x7fffffff) throw new DossierError('internal', `id ${id} is not a positive 32-bit integer`);
    if (this.get(id) === undefined) {
      if (this.count >= this.max) this.clear();
      if (id >= this.slots.length) this.grow(id);
      this.count++;
      this.touched.push(id);
      // Deletes and sets again leave repeats behind: dropped before they outnumber what is held.
      if (this.touched.length > 2 * this.count + 1024) this.touched = [...new Set(this.touched.filter((t) => this.slots[t] !== undefined))];
    }
    this.slots[id] = value;
    return this;
  }

  delete(id: number): boolean {
    if (this.get(id) === undefined) return false;
    this.slots[id] = undefined;
    this.count--;
    return true;
  }

  clear(): void {
    for (const id of this.touched) this.slots[id] = undefined;
    this.touched = [];
    this.count = 0;
  }

  /** Room up to the next power of two past `id`, added element by element so the array keeps fast elements. */
  private grow(id: number): void {
    const size = Math.max(1024, 2 ** Math.ceil(Math.log2(id + 1)));
    while (this.slots.length < size) this.slots.push(undefined);
  }
}
