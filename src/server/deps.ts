// What every route module is given: the store, the write token, and the read cache.
import type { Store } from '../store/store.js';
import type { ReadCache } from './read-cache.js';

export interface ApiDeps {
  store: Store;
  /** Bearer token for the endpoints that change the store. */
  token: string;
  cache: ReadCache;
}
