// The front page of the knowledge base: how much it holds, what was ingested last, and who
// is reported on most.
import type { EntityRecord, StoredDocument } from '../store/records.js';
import type { Store } from '../store/store.js';

export interface Overview {
  counts: { documents: number; entities: Record<string, number> };
  recent: StoredDocument[];
  mostReported: EntityRecord[];
}

export async function overview(store: Store, opts: { recent?: number; people?: number } = {}): Promise<Overview> {
  const [documents, entities, recent, mostReported] = await Promise.all([
    store.countDocuments(),
    store.entityCounts(),
    store.listDocuments({ limit: opts.recent ?? 8 }),
    store.browseEntities({ kind: 'person', sort: 'documents', limit: opts.people ?? 8 }),
  ]);
  return { counts: { documents, entities }, recent, mostReported };
}
