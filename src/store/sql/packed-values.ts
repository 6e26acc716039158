// Values by id kept as bytes in one byte array (IdSlices), their strings written as the codes of
// their words: what is kept for every entity an ingest run reads without an object per entity
// (packed candidate profiles, resolution's packed name forms). The same few thousand words make
// up every name, title and place ("Adriana", "Maldonado", "governor"), so a word costs a byte or
// two instead of its UTF-8 and JSON's quotes: over the entities of the benchmark corpus's first
// 3,000 documents, a profile took 94 bytes as JSON and 35 coded, a person's name forms 102 and
// 39. Reading one decodes it afresh.
import { IdSlices } from './id-slices.js';
import { ByteWriter, UintReader } from './varint.js';

/** What can be packed: strings, non-negative whole numbers, nulls, and lists of these (nested). */
export type PackedField = string | number | null | readonly PackedField[];

const NULL = 0;
const NUMBER = 1;
const WORDS = 2;
const LIST = 3;
/** A string whose words are not all in the dictionary (full): its UTF-8 bytes as they are. */
const RAW = 4;
/**
 * A list of single words (a name's tokens), their codes one after another: as small as the
 * words joined into one string, and read back as the list itself instead of joined and split
 * again.
 */
const TOKENS = 5;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Words by code and codes by word, shared by every packed store of the process: a word gets its
 * code once and keeps it, so that what was packed stays readable. Past `max` words no more are
 * added, and strings with new words are packed as their bytes instead (RAW): the dictionary
 * stays within a bound however many names a store has.
 */
export class WordCodes {
  private readonly codes = new Map<string, number>();
  private readonly words: string[] = [];

  constructor(readonly max: number) {}

  get size(): number {
    return this.words.length;
  }

  /** The code of `word`, added when there is room; -1 when the dictionary is full. */
  codeOf(word: string): number {
    const known = this.codes.get(word);
    if (known !== undefined) return known;
    if (this.words.length >= this.max) return -1;
    // A copy, so that a word cut out of a document keeps no document text alive.
    const own = (' ' + word).slice(1);
    this.codes.set(own, this.words.length);
    this.words.push(own);
    return this.words.length - 1;
  }

  wordOf(code: number): string {
    return this.words[code]!;
  }
}

/** Words of every packed value of the process: 200,000 at most, a few megabytes of heap. */
export const WORDS_LIMIT = 200_000;
const sharedWords = new WordCodes(WORDS_LIMIT);

function writeString(w: ByteWriter, s: string, words: WordCodes): void {
  const parts = s.split(' ');
  const codes = parts.map((p) => words.codeOf(p));
  if (codes.includes(-1)) {
    const raw = encoder.encode(s);
    w.byte(RAW);
    w.uint(raw.length);
    for (const b of raw) w.byte(b);
    return;
  }
  w.byte(WORDS);
  w.uint(codes.length);
  for (const c of codes) w.uint(c);
}

function readString(r: UintReader, tag: number, words: WordCodes): string {
  if (tag === RAW) {
    const n = r.uint();
    r.at += n;
    return decoder.decode(r.bytes.subarray(r.at - n, r.at));
  }
  const n = r.uint();
  if (n === 1) return words.wordOf(r.uint());
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = words.wordOf(r.uint());
  return parts.join(' ');
}

/** The codes of a list of single words, or null when it is not one (or a word found no room). */
function tokenCodes(list: readonly PackedField[], words: WordCodes): number[] | null {
  if (!list.every((t) => typeof t === 'string' && !t.includes(' '))) return null;
  const codes = list.map((t) => words.codeOf(t as string));
  return codes.includes(-1) ? null : codes;
}

function writeField(w: ByteWriter, f: PackedField, words: WordCodes): void {
  if (f === null) w.byte(NULL);
  else if (typeof f === 'number') {
    if (!Number.isSafeInteger(f) || f < 0) throw new RangeError(`only non-negative integers are packed, not ${f}`);
    w.byte(NUMBER);
    w.uint(f);
  } else if (typeof f === 'string') writeString(w, f, words);
  else {
    const codes = f.length > 0 ? tokenCodes(f, words) : null;
    w.byte(codes ? TOKENS : LIST);
    w.uint(f.length);
    if (codes) for (const c of codes) w.uint(c);
    else for (const item of f) writeField(w, item, words);
  }
}

function readField(r: UintReader, words: WordCodes): PackedField {
  const tag = r.bytes[r.at++]!;
  if (tag === NULL) return null;
  if (tag === NUMBER) return r.uint();
  if (tag === TOKENS || tag === LIST) {
    const list = new Array<PackedField>(r.uint());
    for (let i = 0; i < list.length; i++) list[i] = tag === TOKENS ? words.wordOf(r.uint()) : readField(r, words);
    return list;
  }
  return readString(r, tag, words);
}

/** The bytes of a tuple of fields (a view of the writer's buffer, valid until its next use). */
export function encodeFields(fields: readonly PackedField[], w: ByteWriter = new ByteWriter(), words = sharedWords): Uint8Array {
  w.at = 0;
  w.uint(fields.length);
  for (const f of fields) writeField(w, f, words);
  return w.written();
}

/** The tuple `encodeFields` wrote. */
export function decodeFields(bytes: Uint8Array, words = sharedWords): PackedField[] {
  const r = new UintReader(bytes);
  const out = new Array<PackedField>(r.uint());
  for (let i = 0; i < out.length; i++) out[i] = readField(r, words);
  return out;
}

export class PackedValues<T extends readonly PackedField[]> {
  private readonly slices: IdSlices;
  private readonly writer = new ByteWriter();

  /** Holds values for up to `maxIds` ids in at most `maxBytes` (past the ids it starts over, past the bytes it lets the least used go: see IdSlices). */
  constructor(maxIds: number, maxBytes: number, private readonly words = sharedWords) {
    this.slices = new IdSlices(maxIds, maxBytes);
  }

  get size(): number {
    return this.slices.size;
  }

  /** A new copy of the value of `id`, or undefined. */
  get(id: number): T | undefined {
    const bytes = this.slices.get(id);
    return bytes ? (decodeFields(bytes, this.words) as unknown as T) : undefined;
  }

  has(id: number): boolean {
    return this.slices.has(id);
  }

  /** Keeps `value` for `id` (unless it is larger than all the room there is: then nothing is kept for `id`). */
  set(id: number, value: T): void {
    const bytes = encodeFields(value, this.writer, this.words);
    this.slices.reserve(id, bytes.length)?.set(bytes);
  }

  delete(id: number): boolean {
    return this.slices.delete(id);
  }

  clear(): void {
    this.slices.clear();
  }
}
