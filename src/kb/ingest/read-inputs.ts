// Everything `dossier ingest` accepts, as one stream of documents: files, folders (recursively),
// `-` for standard input; JSON Lines and JSON records, RSS/Atom feeds, text, Markdown and HTML.
// JSON Lines are read line by line, so a file of any size streams in flat memory.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Language } from '../../model/extraction.js';
import type { IngestInput } from './ingest-document.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { parseJsonFile, parseJsonLine } from './records.js';
import { MAX_INPUT_BYTES, decodeInput, describeLimit } from '../../extract/text/decode.js';
import { DossierError, asDossierError } from '../../errors.js';

/** A document to ingest or an input that could not become one; `bytes` is how far the input has been read. */
export type InputEvent =
  | { input: IngestInput; bytes: number }
  | { failure: string; label: string; bytes: number };

const DOCUMENT_EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
/** Feeds and .json files are read whole; beyond this they should be JSON Lines. */
const MAX_WHOLE_FILE = 64 * 1024 * 1024;

interface FileEntry { path: string; size: number; explicit: boolean }

export interface InputPlan {
  files: FileEntry[];
  stdin: boolean;
  /** Bytes to read, when known (not with standard input). */
  totalBytes: number | null;
}

/** Expands the paths (folders recursively); a missing path stops everything before any work. */
export async function planInputs(paths: string[]): Promise<InputPlan> {
  if (paths.length === 0) throw new DossierError('invalid_input', 'name at least one file, folder or - (standard input)');
  const files: FileEntry[] = [];
  let stdin = false;
  for (const p of paths) {
    if (p === '-') {
      if (stdin) throw new DossierError('invalid_input', 'standard input (-) can be read only once');
      stdin = true;
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new DossierError('not_found', `no such file or folder: ${p}`);
    }
    if (info.isDirectory()) files.push(...await walk(p));
    else files.push({ path: p, size: info.size, explicit: true });
  }
  return { files, stdin, totalBytes: stdin ? null : files.reduce((n, f) => n + f.size, 0) };
}

async function walk(dir: string): Promise<FileEntry[]> {
  const out: FileEntry[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...await walk(path));
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      // .json files in folders are often something else (gold files, configs): only named ones are read.
      if (DOCUMENT_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)) out.push({ path, size: (await stat(path)).size, explicit: false });
    }
  }
  return out;
}

export async function* readInputs(plan: InputPlan, opts: { lang?: Language | 'auto'; stdin?: AsyncIterable<Buffer | string> } = {}): AsyncIterable<InputEvent> {
  for (const f of plan.files) yield* readFileEvents(f, opts.lang);
  if (plan.stdin) yield* readStdinEvents(opts.stdin ?? (process.stdin as AsyncIterable<Buffer>), opts.lang);
}

async function* readFileEvents(f: FileEntry, lang?: Language | 'auto'): AsyncIterable<InputEvent> {
  const ext = extname(f.path).toLowerCase();
  try {
    if (JSONL_EXT.has(ext)) {
      yield* jsonLines(createReadStream(f.path), f.path, lang);
      return;
    }
    if (ext === '.json') {
      const text = decodeInput(await readWhole(f), f.path, MAX_WHOLE_FILE);
      yield* spread(parseJsonFile(text, f.path, lang), f.size, f.path);
      return;
    }
    const limit = FEED_EXT.has(ext) ? MAX_WHOLE_FILE : MAX_INPUT_BYTES;
    const text = decodeInput(await readWhole(f, limit), f.path, limit);
    if (FEED_EXT.has(ext) || (!DOCUMENT_EXT.has(ext) && looksLikeFeed(text))) {
      yield* spread(parseFeed(text, f.path), f.size, f.path);
      return;
    }
    if (!DOCUMENT_EXT.has(ext) && text.trimStart().startsWith('{')) {
      yield* jsonLines([Buffer.from(text)], f.path, lang);
      return;
    }
    const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.md' || ext === '.markdown' ? 'markdown' : 'auto';
    yield { input: { label: f.path, raw: text, format, lang }, bytes: f.size };
  } catch (err) {
    yield { label: f.path, failure: asDossierError(err).message, bytes: f.size };
  }
}

async function readWhole(f: FileEntry, limit = MAX_WHOLE_FILE): Promise<Uint8Array> {
  if (f.size > limit) throw new DossierError('too_large', `${f.path} is over the ${describeLimit(limit)} limit`);
  return readFile(f.path);
}

/** Items of a file read whole, each credited with an equal share of its bytes. */
function* spread(items: ({ input: IngestInput } | { failure: string; label: string })[], size: number, label: string): Iterable<InputEvent> {
  let done = 0;
  for (let i = 0; i < items.length; i++) {
    const upTo = Math.round((size * (i + 1)) / items.length);
    yield { ...items[i]!, bytes: upTo - done };
    done = upTo;
  }
  if (items.length === 0) yield { label, failure: 'no documents in it', bytes: size };
}

/** Splits a byte stream into lines without holding more than one line in memory. */
async function* lines(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncIterable<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    const buf: Buffer = rest.length ? Buffer.concat([rest, Buffer.from(chunk)]) : Buffer.from(chunk);
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl >= 0; nl = buf.indexOf(10, start)) {
      yield buf.subarray(start, nl);
      start = nl + 1;
    }
    rest = Buffer.from(buf.subarray(start));
  }
  if (rest.length) yield rest;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function* jsonLines(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, label: string, lang?: Language | 'auto'): AsyncIterable<InputEvent> {
  let n = 0;
  let pending = 0;
  for await (const raw of lines(chunks)) {
    n++;
    pending += raw.length + 1;
    let line: string;
    try {
      line = utf8.decode(raw);
    } catch {
      yield { label: `${label} line ${n}`, failure: 'not valid UTF-8', bytes: pending };
      pending = 0;
      continue;
    }
    if (line.trim() === '') continue;
    yield { ...parseJsonLine(line, `${label} line ${n}`, lang), bytes: pending };
    pending = 0;
  }
}

async function* readStdinEvents(stdin: AsyncIterable<Buffer | string>, lang?: Language | 'auto'): AsyncIterable<InputEvent> {
  const it = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let seen = '';
  while (seen.trim() === '' && seen.length < 65536) {
    const r = await it.next();
    if (r.done) break;
    const b = Buffer.from(r.value);
    head.push(b);
    seen += b.toString('utf8');
  }
  const rest = { [Symbol.asyncIterator]: () => it };
  async function* all(): AsyncIterable<Buffer> {
    yield* head;
    for await (const c of rest) yield Buffer.from(c);
  }
  if (seen.trimStart().startsWith('{')) {
    yield* jsonLines(all(), 'standard input', lang);
    return;
  }
  const label = 'standard input';
  try {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const c of all()) {
      size += c.length;
      if (size > MAX_WHOLE_FILE) throw new DossierError('too_large', `${label} is over the ${describeLimit(MAX_WHOLE_FILE)} limit`);
      parts.push(c);
    }
    const bytes = Buffer.concat(parts);
    const isFeed = looksLikeFeed(bytes.subarray(0, 4000).toString('utf8'));
    const text = decodeInput(bytes, label, isFeed ? MAX_WHOLE_FILE : MAX_INPUT_BYTES);
    if (isFeed) yield* spread(parseFeed(text, label), size, label);
    else yield { input: { label, raw: text, format: 'auto', lang }, bytes: size };
  } catch (err) {
    yield { label, failure: asDossierError(err).message, bytes: 0 };
  }
}
