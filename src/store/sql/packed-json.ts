// Values by id kept as the UTF-8 bytes of their JSON in one byte array (IdSlices): what is kept
// for every entity an ingest run reads without an object per entity (packed candidate profiles,
// resolution's packed name forms). Reading one parses it afresh.
import { IdSlices } from './id-slices.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class PackedJson<T> {
  private readonly slices: IdSlices<Uint8Array>;

  /** Holds values for up to `maxIds` ids in at most `maxBytes` (past either, it starts over, see IdSlices). */
  constructor(maxIds: number, maxBytes: number) {
    this.slices = new IdSlices(maxIds, maxBytes, (n) => new Uint8Array(n));
  }

  get size(): number {
    return this.slices.size;
  }

  /** A new copy of the value of `id`, or undefined. */
  get(id: number): T | undefined {
    const bytes = this.slices.get(id);
    return bytes ? (JSON.parse(decoder.decode(bytes)) as T) : undefined;
  }

  has(id: number): boolean {
    return this.slices.has(id);
  }

  /** Keeps `value` for `id` (unless it is larger than all the room there is: then nothing is kept for `id`). */
  set(id: number, value: T): void {
    const bytes = encoder.encode(JSON.stringify(value));
    this.slices.reserve(id, bytes.length)?.set(bytes);
  }

  delete(id: number): boolean {
    return this.slices.delete(id);
  }

  clear(): void {
    this.slices.clear();
  }
}
