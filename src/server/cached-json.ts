// Read results kept as the JSON text they are sent as: a cache hit costs a lookup and a write,
// not a serialization of a dossier of tens of kilobytes.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { ReadCache } from './read-cache.js';

export async function cachedJson<T>(c: Context, cache: ReadCache, key: string, compute: () => Promise<T>): Promise<Response & TypedResponse<JSONParsed<T>, 200, 'json'>> {
  const body = await cache.get(`json:${key}`, async () => JSON.stringify(await compute()));
  // The text is the JSON of a T made by the route's presenter; the typed response is a type only.
  return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
