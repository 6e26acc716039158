// What the candidate cache keeps by entity or document id, in arrays indexed by the id: the
// helpers they share, and whether an entity holds undecided mentions (IdFlags). Ids are dense
// (both databases give them in order from 1), so an array is about as long as the store's
// highest id, up to a bound.
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
 * Whether an entity holds undecided mentions with open merge candidates, by id, for at most
 * `max` ids: one byte per id in an array indexed by it (0 not known, 1 no, 2 yes), so that
 * what the candidate cache keeps for every entity it reads costs a byte and no heap object (an
 * array of JavaScript values took 8 bytes per id on the heap, which V8 lets grow to twice its
 * live size between collections). One more id than `max` empties it first (an LRU's
 * bookkeeping per entry would cost more than the occasional start over, which an ingest run's
 * store reaches only with hundreds of thousands of entities). Ids past four times `max` go in
 * a plain map, so that a store with millions of rows keeps the array at 4 × `max` bytes.
 */
export class IdFlags implements IdCache<boolean> {
  private codes = new Uint8Array(0);
  /** Ids from `denseIds` on, which the array does not reach. */
  private readonly far = new Map<number, boolean>();
  private readonly denseIds: number;
  private count = 0;

  constructor(readonly max: number) {
    this.denseIds = denseIdsFor(max);
  }

  get size(): number {
    return this.count;
  }

  get(id: number): boolean | undefined {
    if (id >= this.denseIds) return this.far.get(id);
    const code = id < this.codes.length ? this.codes[id]! : 0;
    return code === 0 ? undefined : code === 2;
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, value: boolean): this {
    checkId(id, 'id');
    if (!this.has(id)) {
      if (this.count >= this.max) this.clear();
      this.count++;
    }
    if (id >= this.denseIds) this.far.set(id, value);
    else {
      if (id >= this.codes.length) this.codes = grown(this.codes, Math.min(this.denseIds, roomFor(id)));
      this.codes[id] = value ? 2 : 1;
    }
    return this;
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    if (id >= this.denseIds) this.far.delete(id);
    else this.codes[id] = 0;
    this.count--;
    return true;
  }

  clear(): void {
    if (this.count === 0) return;
    this.codes.fill(0);
    this.far.clear();
    this.count = 0;
  }
}
