// Values by entity or document id packed one after another into one typed array, with where
// each id's slice starts and how long it is in two more: what the candidate cache keeps for
// every entity and document an ingest run reads (PackedLists, PackedValues). No object per
// id, so what they hold costs its bytes and 9 more per id, outside the JavaScript heap. A slice
// written again leaves its old copy behind until the array is full; then the held slices are
// copied together (compacted) when that frees a quarter of it, else into an array a quarter
// larger than they need, so the array stays within about a third more than what it holds. At
// its size limit it keeps the slices read or written since the last time it was full, up to
// half the room, and lets the others go (a second chance, as a clock cache gives): the array
// stops growing there, and what resolution keeps reading stays.
import { checkId, denseIdsFor, grown, roomFor } from './id-map.js';

type Values = Int32Array | Uint8Array;

export class IdSlices<A extends Values> {
  /** Every slice written since the last start over or compaction, one after another (one written again leaves its old copy behind). */
  private values: A;
  /** Values written into `values` so far. */
  private end = 0;
  /** Values of the slices held in `values` (written, less the copies left behind). */
  private live = 0;
  /** By id: where its slice starts in `values`. */
  private starts = new Int32Array(0);
  /** By id: 1 + its slice's length (0: none held). */
  private lengths = new Int32Array(0);
  /** By id: 1 when its slice was read or written since the array was last full. */
  private used = new Uint8Array(0);
  /** Ids from `denseIds` on, which the arrays by id do not reach. */
  private readonly far = new Map<number, A>();
  private readonly denseIds: number;
  private count = 0;

  /**
   * Holds slices for up to `maxIds` ids and `maxValues` values in all. A slice that would pass
   * `maxIds` empties it first (an ingest run's store reaches that only with hundreds of
   * thousands of entities); one that would pass `maxValues` lets go of the slices least used
   * lately (makeRoom). `make` makes an array of the values' type.
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
    this.used[id] = 1;
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
    if (this.end + length > this.values.length) this.makeRoom(length);
    this.count++;
    this.live += length;
    this.starts[id] = this.end;
    this.lengths[id] = length + 1;
    this.end += length;
    this.used[id] = 1;
    return this.values.subarray(this.end - length, this.end) as A;
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
    if (this.count === 0 && this.end === 0) return;
    this.lengths.fill(0);
    this.used.fill(0);
    this.far.clear();
    this.end = 0;
    this.live = 0;
    this.count = 0;
  }

  private growIds(id: number): void {
    const size = Math.min(this.denseIds, roomFor(id));
    this.starts = grown(this.starts, size);
    this.lengths = grown(this.lengths, size);
    this.used = grown(this.used, size);
  }

  /**
   * Room for `length` more values at the end: the held slices copied together when that frees
   * at least a quarter of the array, else into a larger array (a quarter more than they need,
   * up to maxValues). Growing by a quarter instead of doubling keeps the unused room of these
   * arrays, which hold the candidate cache's largest parts, from growing in steps of the whole
   * (full benchmark runs: docs/knowledge-base.md); a copy moves a few megabytes at most, and
   * comes after a quarter of the array was written again. At the limit, when copying would not
   * free a quarter, only the slices used since the array was last full are copied, up to half
   * of it (see the head of this file).
   */
  private makeRoom(length: number): void {
    const needed = this.live + length;
    const size = needed <= (3 * this.values.length) / 4 ? this.values.length : Math.min(this.maxValues, Math.max(Math.ceil(needed * 1.25), this.values.length, 4096));
    if (size < this.maxValues || needed <= (3 * this.maxValues) / 4) this.compact(size, Infinity);
    else this.compact(this.maxValues, this.maxValues / 2 - length);
  }

  /**
   * The held slices copied together, in id order, into a new array of `size` values; with a
   * finite `keep`, only those used since the last time, as long as they fit in `keep` values
   * (the others are let go, and every slice starts unused again).
   */
  private compact(size: number, keep: number): void {
    const out = this.make(size);
    const evicting = keep !== Infinity;
    let at = 0;
    for (let id = 0; id < this.lengths.length; id++) {
      const n = this.lengths[id]! - 1;
      if (n < 0) continue;
      if (evicting) {
        const kept = this.used[id] === 1 && at + n <= keep;
        this.used[id] = 0;
        if (!kept) {
          this.lengths[id] = 0;
          this.live -= n;
          this.count--;
          continue;
        }
      }
      const from = this.starts[id]!;
      out.set(this.values.subarray(from, from + n), at);
      this.starts[id] = at;
      at += n;
    }
    this.values = out;
    this.end = at;
  }
}
