// Re-extraction: stored documents whose facts came from another version of our extractor are
// extracted again from their stored text; the new facts replace the old ones, analysts'
// assignments are kept. Supplied extractions (gold files, other extractors) are left alone.
import { EXTRACTOR_VERSION } from '../extract/pipeline.js';
import type { Store } from '../store/store.js';
import { ingestDocument, type IngestOutcome } from './ingest/ingest-document.js';

export interface ReextractProgress {
  documentId: number;
  outcome?: IngestOutcome;
  error?: string;
}

/** True for versions our pipeline wrote (its labels share the current one's family prefix). */
export function isOwnExtractor(version: string): boolean {
  const family = EXTRACTOR_VERSION.split('-')[0]!;
  return version.startsWith(`${family}-`);
}

export async function* reextractStale(store: Store, batch = 50): AsyncIterable<ReextractProgress> {
  let after = 0;
  for (;;) {
    const docs = await store.documentsNotExtractedBy(EXTRACTOR_VERSION, after, batch);
    if (docs.length === 0) return;
    for (const d of docs) {
      after = d.id;
      if (!isOwnExtractor(d.extractorVersion)) continue;
      try {
        const outcome = await ingestDocument(store, {
          label: `document ${d.id}`, raw: d.text, format: d.format === 'html' ? 'text' : (d.format as 'text' | 'markdown'),
          lang: d.language as 'en' | 'es', title: d.title, outlet: d.outlet, published: d.published, url: d.url, sourceId: d.sourceId, contentHash: d.contentHash,
        });
        yield { documentId: d.id, outcome };
      } catch (err) {
        yield { documentId: d.id, error: err instanceof Error ? err.message : String(err) };
      }
    }
  }
}
