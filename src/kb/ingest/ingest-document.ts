// Ingesting one document: skip it when this content was already extracted by this extractor,
// otherwise extract (or take a supplied extraction), resolve its entities against the store
// and write everything in one transaction, replacing an older extractor's facts.
import type { InputFormat } from '../../extract/document.js';
import { EXTRACTOR_VERSION, extractText } from '../../extract/pipeline.js';
import { Extraction, type Language } from '../../model/extraction.js';
import type { Store } from '../../store/store.js';
import { contentHash } from '../content-hash.js';
import { planDocument } from '../plan-document.js';
import { resolveDocument } from '../resolve/resolve-document.js';
import { DossierError } from '../../errors.js';

export interface IngestInput {
  /** Where it came from, for messages: a path, "file.jsonl line 12", "feed.xml item 3". */
  label: string;
  raw: string;
  format?: InputFormat | 'auto';
  lang?: Language | 'auto';
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  sourceId?: string | null;
  /** An extraction made elsewhere; its spans point into `raw`. */
  extraction?: Extraction;
  /** The version label for a supplied extraction's facts. */
  extractor?: string;
  /**
   * The content hash when already known: the stored document's when re-extracting its stored
   * text (which may differ from the raw input it came from), or the raw input's as extractAhead
   * computed it.
   */
  contentHash?: string;
  /** The extractor's result made ahead of time (extractAhead), or what it threw. */
  prepared?: Extracted | { error: unknown };
}

/** A document's text as extracted, with the extraction and the milliseconds it took. */
export interface Extracted {
  text: string;
  format: string;
  extraction: Extraction;
  ms: number;
}

export type IngestStatus = 'new' | 'updated' | 'unchanged';

export interface IngestOutcome {
  status: IngestStatus;
  documentId: number;
  entitiesCreated: number;
  entitiesLinked: number;
  candidates: number;
  allegations: number;
  responses: number;
  events: number;
  removedEntities: number;
  /** Milliseconds spent extracting, resolving and writing. */
  timings: { extract: number; resolve: number; save: number };
}

/** The label stored with supplied extractions when the record names none. */
export const SUPPLIED_EXTRACTOR = 'supplied';

export async function ingestDocument(store: Store, input: IngestInput): Promise<IngestOutcome> {
  const version = input.extraction ? input.extractor ?? SUPPLIED_EXTRACTOR : EXTRACTOR_VERSION;
  const hash = input.contentHash ?? contentHash(input.raw);
  const existing = await store.findDocumentByHash(hash);
  const timings = { extract: 0, resolve: 0, save: 0 };
  if (existing && existing.extractorVersion === version) {
    return { status: 'unchanged', documentId: existing.id, entitiesCreated: 0, entitiesLinked: 0, candidates: 0, allegations: 0, responses: 0, events: 0, removedEntities: 0, timings };
  }

  const lang = input.lang && input.lang !== 'auto' ? input.lang : undefined;
  const { text, format, extraction, ms } = input.extraction ? supplied(input) : extracted(input);
  timings.extract = ms;
  const meta = extraction.document;

  let t = performance.now();
  const analyst = existing ? await store.analystAssignments(existing.id) : [];
  const resolution = await resolveDocument(store, extraction, analyst);
  const plan = planDocument({
    contentHash: hash,
    sourceId: input.sourceId ?? null,
    url: input.url ?? null,
    title: input.title ?? meta.title,
    outlet: input.outlet ?? meta.outlet,
    published: input.published ?? meta.published,
    language: lang ?? meta.language,
    format,
    text,
  }, extraction, resolution, version, existing ? { documentId: existing.id, extractorVersion: existing.extractorVersion } : null);
  timings.resolve = performance.now() - t;

  t = performance.now();
  const saved = await store.saveDocument(plan);
  timings.save = performance.now() - t;
  const linked = new Set([...resolution.assignments.values()].flatMap((a) => ('id' in a.target ? [a.target.id] : [])));
  return {
    status: existing ? 'updated' : 'new',
    documentId: saved.documentId,
    entitiesCreated: plan.newEntities.length,
    entitiesLinked: linked.size,
    candidates: plan.candidates.length,
    allegations: plan.allegations.length,
    responses: plan.responses.length,
    events: plan.events.length,
    removedEntities: saved.removedEntities,
    timings,
  };
}

/** A supplied extraction, checked against the schema. */
function supplied(input: IngestInput): Extracted {
  const t = performance.now();
  const parsed = Extraction.safeParse(input.extraction);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DossierError('invalid_input', `the supplied extraction is not dossier.extraction/v1 (${issue.path.join('.')}: ${issue.message})`);
  }
  return { text: input.raw, format: 'text', extraction: parsed.data, ms: performance.now() - t };
}

/** The extractor's result: made ahead of time (rethrowing what it threw then), or now. */
function extracted(input: IngestInput): Extracted {
  const ahead = input.prepared;
  if (ahead && 'error' in ahead) throw ahead.error;
  return ahead ?? extract(input);
}

function extract(input: IngestInput): Extracted {
  const t = performance.now();
  const out = extractText(input.raw, {
    lang: input.lang ?? 'auto', format: input.format ?? 'auto',
    title: input.title ?? null, outlet: input.outlet ?? null, published: input.published ?? null,
  });
  return { text: out.document.text, format: out.document.format, extraction: out.extraction, ms: performance.now() - t };
}

/**
 * Extracts a block of documents one after another before they are ingested (see batches.ts),
 * leaving each result, or what the extractor threw, in `prepared`. Documents this extractor has
 * already stored, and those with a supplied extraction, are left alone.
 */
export async function extractAhead(store: Store, inputs: IngestInput[]): Promise<void> {
  const todo: IngestInput[] = [];
  for (const input of inputs) {
    if (input.extraction || input.prepared) continue;
    input.contentHash ??= contentHash(input.raw);
    const existing = await store.findDocumentByHash(input.contentHash);
    if (existing?.extractorVersion !== EXTRACTOR_VERSION) todo.push(input);
  }
  for (const input of todo) {
    try {
      input.prepared = extract(input);
    } catch (error) {
      input.prepared = { error };
    }
  }
}
