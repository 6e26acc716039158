// The screening index is built from the lists and the knowledge base once, and again only when
// either changed (a list re-imported, documents added, an analyst decision).
import { buildScreeningIndex, type ScreeningIndex } from '../../../screen/screening-index.js';
import { storeListSources } from '../../../screen/store-sources.js';
import type { Store } from '../../../store/store.js';

export class ScreeningIndexCache {
  private built = new Map<string, { fingerprint: string; index: Promise<{ index: ScreeningIndex; lists: string[] }> }>();

  constructor(private readonly store: Store) {}

  async get(lists: readonly string[] | undefined): Promise<{ index: ScreeningIndex; lists: string[] }> {
    const key = lists ? [...new Set(lists)].sort().join(',') : '*';
    const fingerprint = await this.fingerprint();
    let hit = this.built.get(key);
    if (!hit || hit.fingerprint !== fingerprint) {
      const index = storeListSources(this.store, lists)
        .then(async (sources) => ({ index: await buildScreeningIndex(sources), lists: sources.map((x) => x.name) }));
      hit = { fingerprint, index };
      this.built.set(key, hit);
      index.catch(() => { if (this.built.get(key) === hit) this.built.delete(key); });
    }
    return hit.index;
  }

  private async fingerprint(): Promise<string> {
    const [lists, documents, decisions] = await Promise.all([this.store.listLists(), this.store.countDocuments(), this.store.listDecisions({ limit: 1 })]);
    return JSON.stringify([lists.map((l) => [l.name, l.importedAt, l.entryCount]), documents, decisions[0]?.id ?? 0, decisions[0]?.undoneAt ?? null]);
  }
}
