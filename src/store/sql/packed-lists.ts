// Id lists by entity or document id, packed into one byte array (IdSlices): what the candidate
// cache keeps for every document an ingest run reads (its entities) and every entity (itself
// and the entities merged into it). Each id is written as its difference from the one before,
// seven bits a byte. An array per id cost about 190 bytes for a document's dozen entities and
// 64 for a one-element list; 4 bytes per id in a shared typed array and 8 per id holding a list
// after that; as differences, a benchmark document's entities, sorted, take about 2.3 bytes
// each (bench:ingest, docs/knowledge-base.md).
import type { IdCache } from './id-map.js';
import { IdSlices } from './id-slices.js';
import { ByteWriter, UintReader } from './varint.js';

export class PackedLists implements IdCache<number[]> {
  private readonly slices: IdSlices;
  private readonly writer = new ByteWriter();

  /**
   * Holds lists for up to `maxIds` ids in `maxBytes` in all (see IdSlices). `sorted`: the
   * lists' order does not matter, and they come back sorted (their ids' differences are then
   * all small and positive: fewer bytes).
   */
  constructor(maxIds: number, maxBytes: number, private readonly sorted = false) {
    this.slices = new IdSlices(maxIds, maxBytes);
  }

  get size(): number {
    return this.slices.size;
  }

  /** A new list: a caller may keep it. */
  get(id: number): number[] | undefined {
    const bytes = this.slices.get(id);
    if (!bytes) return undefined;
    const out: number[] = [];
    const r = new UintReader(bytes);
    let previous = 0;
    while (r.at < bytes.length) {
      const n = r.uint();
      // Unsorted lists write each difference zigzagged: 0, -1, 1, -2, … as 0, 1, 2, 3, …
      previous += this.sorted ? n : n % 2 === 0 ? n / 2 : -(n + 1) / 2;
      out.push(previous);
    }
    return out;
  }

  /** Bytes the packed array has room for (held, left behind by lists written again, and free). */
  get allocated(): number {
    return this.slices.allocated;
  }

  has(id: number): boolean {
    return this.slices.has(id);
  }

  /** Keeps `list` (unless it takes more than all the room there is: then it is read again when asked for). */
  set(id: number, list: readonly number[]): this {
    const ids = this.sorted ? [...list].sort((a, b) => a - b) : list;
    const w = this.writer;
    w.at = 0;
    let previous = 0;
    for (const v of ids) {
      const d = v - previous;
      w.uint(this.sorted ? d : d >= 0 ? 2 * d : -2 * d - 1);
      previous = v;
    }
    this.slices.reserve(id, w.at)?.set(w.written());
    return this;
  }

  delete(id: number): boolean {
    return this.slices.delete(id);
  }

  clear(): void {
    this.slices.clear();
  }
}
