// GET /api/entities/{id}/graph: people, organizations and groups around an entity.
import { createRoute } from '@hono/zod-openapi';
import { entityGraph } from '../../../kb/graph.js';
import type { ApiDeps } from '../../deps.js';
import { cachedJson } from '../../cached-json.js';
import { newRouter } from '../../router.js';
import { IdParam, errors, json } from '../../schemas/common.js';
import { Graph, GraphQuery } from './schema.js';

const graph = createRoute({
  method: 'get', path: '/entities/{id}/graph', tags: ['graph'], summary: 'The network around an entity, with typed edges and their evidence',
  request: { params: IdParam, query: GraphQuery },
  responses: { 200: json(Graph, 'The graph'), ...errors(400, 404) },
});

export function graphRoutes({ store, cache }: ApiDeps) {
  return newRouter().openapi(graph, async (c) => {
    const { id } = c.req.valid('param');
    const q = c.req.valid('query');
    return cachedJson(c, cache, `graph:${id}:${q.documents}:${q.nodes}`, () => entityGraph(store, String(id), q));
  });
}
