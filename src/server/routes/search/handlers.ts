// GET /api/search?q=: documents containing every word, best first.
import { createRoute } from '@hono/zod-openapi';
import type { ApiDeps } from '../../deps.js';
import { presentSearchHit } from '../../presenters/search.js';
import { newRouter } from '../../router.js';
import { errors, json, pageOf, paged } from '../../schemas/common.js';
import { SearchHit, SearchQuery } from './schema.js';

const search = createRoute({
  method: 'get', path: '/search', tags: ['search'], summary: 'Full-text search over stored reports',
  request: { query: SearchQuery },
  responses: { 200: json(paged(SearchHit), 'A page of matching documents'), ...errors(400) },
});

export function searchRoutes({ store }: ApiDeps) {
  return newRouter().openapi(search, async (c) => {
    const q = c.req.valid('query');
    const hits = await store.searchDocuments(q.q, { limit: q.limit + 1, offset: q.offset });
    return c.json(pageOf(hits.map((h) => presentSearchHit(h, q.q)), q), 200);
  });
}
