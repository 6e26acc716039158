// One `dossier ingest` run: every input document through ingestDocument, each all-or-nothing
// (a savepoint in a batch transaction, see batches.ts); a failing document is reported and
// skipped, and the run ends with a summary.
import type { Language } from '../../model/extraction.js';
import type { Store } from '../../store/store.js';
import { DossierError, asDossierError } from '../../errors.js';
import { isStorageFailure } from '../../store/storage-failure.js';
import { BATCH_LIMITS, inBatches } from './batches.js';
import { extractAhead, ingestDocument, type IngestOutcome } from './ingest-document.js';
import { readInputs, type InputEvent, type InputPlan } from './read-inputs.js';

export interface IngestSummary {
  documents: { new: number; updated: number; unchanged: number; failed: number };
  entities: { created: number; linked: number; removed: number };
  mergeCandidates: number;
  allegations: number;
  responses: number;
  events: number;
  seconds: number;
  /** The first failures (all of them are counted in documents.failed). */
  failures: { label: string; message: string }[];
}

export interface IngestProgress {
  label: string;
  bytes: number;
  outcome?: IngestOutcome;
  failure?: string;
  summary: IngestSummary;
}

const KEPT_FAILURES = 100;

export function emptySummary(): IngestSummary {
  return {
    documents: { new: 0, updated: 0, unchanged: 0, failed: 0 }, entities: { created: 0, linked: 0, removed: 0 },
    mergeCandidates: 0, allegations: 0, responses: 0, events: 0, seconds: 0, failures: [],
  };
}

export function addOutcome(s: IngestSummary, o: IngestOutcome): void {
  s.documents[o.status]++;
  s.entities.created += o.entitiesCreated;
  s.entities.linked += o.entitiesLinked;
  s.entities.removed += o.removedEntities;
  s.mergeCandidates += o.candidates;
  s.allegations += o.allegations;
  s.responses += o.responses;
  s.events += o.events;
}

export async function runIngest(
  store: Store, plan: InputPlan,
  opts: { lang?: Language | 'auto'; stdin?: AsyncIterable<Buffer | string>; onProgress?: (p: IngestProgress) => void } = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const started = performance.now();
  const fail = (label: string, message: string) => {
    summary.documents.failed++;
    if (summary.failures.length < KEPT_FAILURES) summary.failures.push({ label, message });
  };
  const storeFailed = (err: unknown) => new DossierError('storage',
    `the store failed: ${err instanceof Error ? err.message : String(err)} (documents since the last commit were not stored; ingest the same input again)`, { cause: err });
  try {
    await inBatches(store, readInputs(plan, { lang: opts.lang, stdin: opts.stdin }), (batch, ev) => ingestOne(batch, ev), BATCH_LIMITS,
      (base, block) => extractAhead(base, block.flatMap((ev) => ('input' in ev ? [ev.input] : []))));
  } catch (err) {
    // A commit can fail too (disk full at the end of a batch).
    throw isStorageFailure(err) ? storeFailed(err) : err;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;

  async function ingestOne(batch: Store, ev: InputEvent): Promise<void> {
    if ('failure' in ev) {
      fail(ev.label, ev.failure);
      opts.onProgress?.({ label: ev.label, bytes: ev.bytes, failure: ev.failure, summary });
      return;
    }
    try {
      const outcome = await batch.inBatch((one) => ingestDocument(one, ev.input));
      addOutcome(summary, outcome);
      opts.onProgress?.({ label: ev.input.label, bytes: ev.bytes, outcome, summary });
    } catch (err) {
      // A failing database (disk full, lost connection) would fail every document after it too.
      // The open batch is rolled back with it; the same input again stores what it held.
      if (isStorageFailure(err)) throw storeFailed(err);
      const e = asDossierError(err);
      if (e.code === 'storage') throw e;
      fail(ev.input.label, e.message);
      opts.onProgress?.({ label: ev.input.label, bytes: ev.bytes, failure: e.message, summary });
    }
  }
}
