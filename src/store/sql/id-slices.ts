// Values by entity or document id packed one after another into one typed array, with where
// each id's slice starts and how long it is in two more: what the candidate cache keeps for
// every entity and document an ingest run reads (PackedLists, PackedValues). No object per
// id, so what they hold costs its bytes and 8 more per id, outside the JavaScript heap. A slice
// written again leaves its old copy behind until the array is full; then the held slices are
// copied together (compacted) when that frees a quarter of it, else into an array a quarter
// larger than they need, so the array stays within about a third more than what it holds.
import { checkId, denseIdsFor, grown, roomFor } from './id-map.js';

type Values = Int32Array | Uint8Array;

export class IdSlices<A extends Values> {
  /** Every slice written since the last start over or compaction, one after another (one written again leaves its old copy behind). */
  private values: A;
  /** Values written into `values` so far. */
  private used = 0;
  /** Values of the slices held in `values` (used, less the copies left behind). */
  private live = 0;
  /** By id: where its slice starts in `values`. */
  private starts = new Int32Array(0);
  /** By id: 1 + its slice's length (0: none held). */
  private lengths = new Int32Array(0);
  /** Ids from `denseIds` on, which the arrays by id do not reach. */
  private readonly far = new Map<number, A>();
  private readonly denseIds: number;
  private count = 0;

  /**
   * Holds slices for up to `maxIds` ids and `maxValues` values in all; a slice that would pass
   * either empties it first (an ingest run's store reaches that only with hundreds of
   * thousands of entities). `make` makes an array of the values' type.
   */
  constructor(readonly maxIds: number, readonly maxValues: number, private readonly make: (length: number) => A) {
    this.denseIds = denseIdsFor(maxIds);
    this.values = make(0);
  }

  get size(): number {
    return this.count;
  }

  /** Values the packed array has room for (held, left behind, and free). */
  get allocated(): number {
    return this.values.length;
  }

  /** The slice of `id` (a view: valid until the next write), or undefined. */
  get(id: number): A | undefined {
    if (id >= this.denseIds) return this.far.get(id);
    const n = id < this.lengths.length ? this.lengths[id]! - 1 : -1;
    if (n < 0) return undefined;
    const from = this.starts[id]!;
    return this.values.subarray(from, from + n) as A;
  }

  has(id: number): boolean {
    return id >= this.denseIds ? this.far.has(id) : id < this.lengths.length && this.lengths[id]! > 0;
  }

  /**
   * Room for `length` values for `id`, to be filled by the caller at once; null when `length`
   * is more than all the room there is (then nothing is held for `id`).
   */
  reserve(id: number, length: number): A | null {
    checkId(id, 'id');
    const dense = id < this.denseIds;
    if (dense && length > this.maxValues) {
      this.delete(id);
      return null;
    }
    // An old slice of `id` is left behind.
    this.delete(id);
    if (this.count >= this.maxIds) this.clear();
    if (!dense) {
      const own = this.make(length);
      this.far.set(id, own);
      this.count++;
      return own;
    }
    if (id >= this.lengths.length) this.growIds(id);
    if (this.used + length > this.values.length) this.makeRoom(length);
    this.count++;
    this.live += length;
    this.starts[id] = this.used;
    this.lengths[id] = length + 1;
    this.used += length;
    return this.values.subarray(this.used - length, this.used) as A;
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    if (id >= this.denseIds) this.far.delete(id);
    else {
      this.live -= this.lengths[id]! - 1;
      this.lengths[id] = 0;
    }
    this.count--;
    return true;
  }

  clear(): void {
    if (this.count === 0 && this.used === 0) return;
    this.lengths.fill(0);
    this.far.clear();
    this.used = 0;
    this.live = 0;
    this.count = 0;
  }

  private growIds(id: number): void {
    const size = Math.min(this.denseIds, roomFor(id));
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
  }

  /**
   * Room for `length` more values at the end: the held slices copied together when that frees
   * at least a quarter of the array, else into a larger array (a quarter more than they need,
   * up to maxValues). Growing by a quarter instead of doubling keeps the unused room of these
   * arrays, which hold the candidate cache's largest parts, from growing in steps of the whole
   * (full benchmark runs: docs/knowledge-base.md); a copy moves a few megabytes at most, and
   * comes after a quarter of the array was written again. At the limit, copying is worth it
   * only while it frees a quarter of the room; past that the slices start over.
   */
  private makeRoom(length: number): void {
    const needed = this.live + length;
    const size = needed <= (3 * this.values.length) / 4 ? this.values.length : Math.min(this.maxValues, Math.max(Math.ceil(needed * 1.25), this.values.length, 4096));
    if (size < this.maxValues || needed <= (3 * this.maxValues) / 4) {
      this.compact(size);
      return;
    }
    this.clear();
    if (length > this.values.length) this.compact(Math.min(this.maxValues, Math.max(length, 4096)));
  }

  /** The held slices copied together, in id order, into a new array of `size` values. */
  private compact(size: number): void {
    const out = this.make(size);
    let at = 0;
    for (let id = 0; id < this.lengths.length; id++) {
      const n = this.lengths[id]! - 1;
      if (n < 0) continue;
      const from = this.starts[id]!;
      out.set(this.values.subarray(from, from + n), at);
      this.starts[id] = at;
      at += n;
    }
    this.values = out;
    this.used = at;
  }
}
