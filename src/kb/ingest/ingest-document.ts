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
  /** The stored document's hash when re-extracting its stored text (which may differ from the raw input it came from). */
  contentHash?: string;
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

  let t = performance.now();
  const lang = input.lang && input.lang !== 'auto' ? input.lang : undefined;
  let text: string;
  let format: string;
  let extraction: Extraction;
  if (input.extraction) {
    const parsed = Extraction.safeParse(input.extraction);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DossierError('invalid_input', `the supplied extraction is not dossier.extraction/v1 (${issue.path.join('.')}: ${issue.message})`);
    }
    extraction = parsed.data;
    text = input.raw;
    format = 'text';
  } else {
    const out = extractText(input.raw, {
      lang: input.lang ?? 'auto', format: input.format ?? 'auto',
      title: input.title ?? null, outlet: input.outlet ?? null, published: input.published ?? null,
    });
    extraction = out.extraction;
    text = out.document.text;
    format = out.document.format;
  }
  timings.extract = performance.now() - t;
  const meta = extraction.document;

  t = performance.now();
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
