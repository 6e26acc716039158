// One stored document as a reader sees it: its text and everything extracted from it.
import type { DocumentFacts } from '../store/browse-records.js';
import type { StoredDocument } from '../store/records.js';
import type { Store } from '../store/store.js';
import { DossierError } from '../errors.js';

export interface DocumentView {
  document: StoredDocument & { text: string };
  facts: DocumentFacts;
}

export async function documentView(store: Store, id: number): Promise<DocumentView> {
  const document = await store.getDocument(id);
  if (!document) throw new DossierError('not_found', `no document ${id}`);
  const [facts] = await store.documentFacts([id]);
  return {
    document,
    facts: facts ?? { documentId: id, extractorVersion: document.extractorVersion, entities: [], allegations: [], responses: [], events: [] },
  };
}
