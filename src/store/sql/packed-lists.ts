// Id lists by entity or document id, packed into one typed array (IdSlices): what the candidate
// cache keeps for every document an ingest run reads (its entities) and every entity (itself
// and the entities merged into it). An array per id cost about 190 bytes for a document's dozen
// entities and 64 for a one-element list; packed, 4 bytes per id listed and 8 per id holding a
// list (bench:ingest, docs/knowledge-base.md).
import type { IdCache } from './id-map.js';
import { IdSlices } from './id-slices.js';

export class PackedLists implements IdCache<number[]> {
  private readonly slices: IdSlices<Int32Array>;

  /** Holds lists for up to `maxIds` ids and `maxValues` listed ids in all (see IdSlices). */
  constructor(maxIds: number, maxValues: number) {
    this.slices = new IdSlices(maxIds, maxValues, (n) => new Int32Array(n));
  }

  get size(): number {
    return this.slices.size;
  }

  /** A copy: a caller may keep the list, and the packed values move when the array is compacted. */
  get(id: number): number[] | undefined {
    const slice = this.slices.get(id);
    if (!slice) return undefined;
    const out = new Array<number>(slice.length);
    for (let i = 0; i < slice.length; i++) out[i] = slice[i]!;
    return out;
  }

  /** Ids the packed array has room for (held, left behind by lists written again, and free). */
  get allocated(): number {
    return this.slices.allocated;
  }

  has(id: number): boolean {
    return this.slices.has(id);
  }

  /** Keeps `list` (unless it is longer than all the room there is: then it is read again when asked for). */
  set(id: number, list: readonly number[]): this {
    this.slices.reserve(id, list.length)?.set(list);
    return this;
  }

  delete(id: number): boolean {
    return this.slices.delete(id);
  }

  clear(): void {
    this.slices.clear();
  }
}
