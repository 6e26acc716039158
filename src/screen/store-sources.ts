// The lists a screening reads from a store: the named lists (every stored list and the
// knowledge base, `kb`, when none are named), each streamed from the store.
import type { Store } from '../store/store.js';
import type { ListSource } from './screening-index.js';
import { DossierError } from '../errors.js';

export const KB_LIST = 'kb';

export async function storeListSources(store: Store, names?: readonly string[]): Promise<ListSource[]> {
  const chosen = names && names.length ? [...new Set(names)] : [...(await store.listLists()).map((l) => l.name), KB_LIST];
  const sources: ListSource[] = [];
  for (const name of chosen) {
    if (name === KB_LIST) {
      sources.push({ name, entries: store.knowledgeBasePersons() });
      continue;
    }
    if (!(await store.getList(name))) throw new DossierError('not_found', `no list named ${name}`);
    sources.push({ name, entries: store.listEntries(name) });
  }
  return sources;
}
