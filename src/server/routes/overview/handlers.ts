// GET /api/overview: what the home page shows.
import { createRoute } from '@hono/zod-openapi';
import { overview } from '../../../kb/overview.js';
import type { ApiDeps } from '../../deps.js';
import { presentDocumentSummary } from '../../presenters/document.js';
import { presentEntity } from '../../presenters/dossier.js';
import { cachedJson } from '../../cached-json.js';
import { newRouter } from '../../router.js';
import { errors, json } from '../../schemas/common.js';
import { Overview } from './schema.js';

const route = createRoute({
  method: 'get', path: '/overview', tags: ['overview'], summary: 'Counts, latest reports, most reported people',
  responses: { 200: json(Overview, 'The overview'), ...errors() },
});

export function overviewRoutes({ store, cache }: ApiDeps) {
  return newRouter().openapi(route, async (c) => {
    return cachedJson(c, cache, 'overview', async () => {
      const o = await overview(store);
      return { counts: o.counts, recent: o.recent.map(presentDocumentSummary), mostReported: o.mostReported.map(presentEntity) };
    });
  });
}
