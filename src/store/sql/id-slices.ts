// Bytes by entity or document id packed one after another into one byte array, each slice its
// length (seven bits a byte) then its bytes, with where each id's slice starts in an array
// indexed by id: what the candidate cache keeps for every entity and document an ingest run reads
// (PackedLists, PackedValues). No object per id, so what they hold costs its bytes and 6 more
// per id (the start, a byte of length for most, a byte saying it was used), outside the
// JavaScript heap. A slice written again leaves its old copy behind until the array is full;
// then the held slices are copied together (compacted) when that frees a quarter of it, else
// into an array a quarter larger than they need, so the array stays within about a third more
// than what it holds. At its size limit (or its limit of ids) it keeps the slices read or written
// since the last time, up to half the room (or half the ids), and lets the others go (a second
// chance, as a clock cache gives): it stops growing there, and what resolution keeps reading
// stays.
import { checkId, denseIdsFor, grown, roomFor } from './id-map.js';
import { UintReader, uintBytes, writeUint } from './varint.js';

export class IdSlices {
  /** Every slice written since the last start over or compaction, one after another (one written again leaves its old copy behind). */
  private values = new Uint8Array(0);
  /** Bytes written into `values` so far. */
  private end = 0;
  /** Bytes of the slices held in `values`, their lengths included (written, less the copies left behind). */
  private live = 0;
  /** By id: 1 + where its slice (its length, then its bytes) starts in `values`; 0: none held. */
  private starts = new Int32Array(0);
  /** By id: 1 when its slice was read or written since the array was last full. */
  private used = new Uint8Array(0);
  /** Ids from `denseIds` on, which the arrays by id do not reach. */
  private readonly far = new Map<number, Uint8Array>();
  private readonly denseIds: number;
  private count = 0;
  /** Reads the slices' lengths (one reader, pointed at the array for each read). */
  private readonly lengthReader = new UintReader(this.values);

  /**
   * Holds slices for up to `maxIds` ids and `maxBytes` bytes in all. A slice that would pass
   * either first lets go of the slices least used lately: of all but half the ids (an ingest
   * run's store reaches that only with hundreds of thousands of entities), or see makeRoom.
   */
  constructor(readonly maxIds: number, readonly maxBytes: number) {
    this.denseIds = denseIdsFor(maxIds);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes the packed array has room for (held, left behind, and free). */
  get allocated(): number {
    return this.values.length;
  }

  /** The slice of `id` (a view: valid until the next write), or undefined. */
  get(id: number): Uint8Array | undefined {
    if (id >= this.denseIds) return this.far.get(id);
    const at = id < this.starts.length ? this.starts[id]! - 1 : -1;
    if (at < 0) return undefined;
    this.used[id] = 1;
    const n = this.lengthAt(at);
    const from = this.lengthReader.at;
    return this.values.subarray(from, from + n);
  }

  has(id: number): boolean {
    return id >= this.denseIds ? this.far.has(id) : id < this.starts.length && this.starts[id]! > 0;
  }

  /**
   * Room for `length` bytes for `id`, to be filled by the caller at once; null when `length`
   * is more than all the room there is (then nothing is held for `id`).
   */
  reserve(id: number, length: number): Uint8Array | null {
    checkId(id, 'id');
    const dense = id < this.denseIds;
    const total = uintBytes(length) + length;
    if (dense && total > this.maxBytes) {
      this.delete(id);
      return null;
    }
    // An old slice of `id` is left behind.
    this.delete(id);
    if (this.count >= this.maxIds) this.letGo();
    if (!dense) {
      const own = new Uint8Array(length);
      this.far.set(id, own);
      this.count++;
      return own;
    }
    if (id >= this.starts.length) this.growIds(id);
    if (this.end + total > this.values.length) this.makeRoom(total);
    this.count++;
    this.live += total;
    this.starts[id] = this.end + 1;
    this.used[id] = 1;
    this.end = writeUint(this.values, this.end, length) + length;
    return this.values.subarray(this.end - length, this.end);
  }

  delete(id: number): boolean {
    if (!this.has(id)) return false;
    if (id >= this.denseIds) this.far.delete(id);
    else {
      const n = this.lengthAt(this.starts[id]! - 1);
      this.live -= uintBytes(n) + n;
      this.starts[id] = 0;
    }
    this.count--;
    return true;
  }

  clear(): void {
    if (this.count === 0 && this.end === 0) return;
    this.starts.fill(0);
    this.used.fill(0);
    this.far.clear();
    this.end = 0;
    this.live = 0;
    this.count = 0;
  }

  /** The length of the slice starting at `at`; the reader is left where its bytes start. */
  private lengthAt(at: number): number {
    this.lengthReader.bytes = this.values;
    this.lengthReader.at = at;
    return this.lengthReader.uint();
  }

  private growIds(id: number): void {
    const size = Math.min(this.denseIds, roomFor(id));
    this.starts = grown(this.starts, size);
    this.used = grown(this.used, size);
  }

  /**
   * Room for `total` more bytes at the end: the held slices copied together when that frees
   * at least a quarter of the array, else into a larger array (a quarter more than they need,
   * up to maxBytes). Growing by a quarter instead of doubling keeps the unused room of these
   * arrays, which hold the candidate cache's largest parts, from growing in steps of the whole
   * (full benchmark runs: docs/knowledge-base.md); a copy moves a few megabytes at most, and
   * comes after a quarter of the array was written again. At the limit, when copying would not
   * free a quarter, only the slices used since the array was last full are copied, up to half
   * of it (see the head of this file).
   */
  private makeRoom(total: number): void {
    const needed = this.live + total;
    const size = needed <= (3 * this.values.length) / 4 ? this.values.length : Math.min(this.maxBytes, Math.max(Math.ceil(needed * 1.25), this.values.length, 4096));
    if (size < this.maxBytes || needed <= (3 * this.maxBytes) / 4) this.compact(size, Infinity, Infinity);
    else this.compact(this.maxBytes, this.maxBytes / 2 - total, Infinity);
  }

  /** At the id limit: the slices used since the last time, up to half the ids, and none past the arrays by id. */
  private letGo(): void {
    this.count -= this.far.size;
    this.far.clear();
    this.compact(this.values.length, this.values.length, Math.floor(this.maxIds / 2));
  }

  /**
   * The held slices copied together, in id order, into a new array of `size` bytes; with a
   * finite `keepBytes` or `keepIds`, only those used since the last time, as long as they fit
   * in as many bytes and ids (the others are let go, and every slice starts unused again).
   */
  private compact(size: number, keepBytes: number, keepIds: number): void {
    const out = new Uint8Array(size);
    const evicting = keepBytes !== Infinity || keepIds !== Infinity;
    let to = 0;
    let ids = 0;
    for (let id = 0; id < this.starts.length; id++) {
      const at = this.starts[id]! - 1;
      if (at < 0) continue;
      const n = this.lengthAt(at);
      const total = uintBytes(n) + n;
      if (evicting) {
        const kept = this.used[id] === 1 && to + total <= keepBytes && ids < keepIds;
        this.used[id] = 0;
        if (!kept) {
          this.starts[id] = 0;
          this.live -= total;
          this.count--;
          continue;
        }
      }
      out.set(this.values.subarray(at, at + total), to);
      this.starts[id] = to + 1;
      to += total;
      ids++;
    }
    this.values = out;
    this.end = to;
  }
}
