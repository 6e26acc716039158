// The HTTP API and the web app as one Hono app: JSON under /api (documented at
// /api/openapi.json from the same zod schemas that validate requests), the built web app at /.
// Request handlers are thin: they validate, call kb/store operations and present the result.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/store.js';
import { DossierError } from '../errors.js';
import { loopbackHostsOnly } from './auth/host-check.js';
import type { ApiDeps } from './deps.js';
import { errorResponse } from './errors.js';
import { ReadCache } from './read-cache.js';
import { newRouter } from './router.js';
import { securityHeaders } from './security-headers.js';
import { mountWebApp } from './static-web.js';
import { documentRoutes } from './routes/documents/handlers.js';
import { entityRoutes } from './routes/entities/handlers.js';
import { graphRoutes } from './routes/graph/handlers.js';
import { overviewRoutes } from './routes/overview/handlers.js';
import { screenRoutes } from './routes/screen/handlers.js';
import { searchRoutes } from './routes/search/handlers.js';
import { timelineRoutes } from './routes/timeline/handlers.js';

export interface AppOptions {
  store: Store;
  /** Bearer token the write endpoints require. */
  token: string;
  /**
   * How long a read result may be reused while the store's data version is unchanged (writes
   * through this app clear them at once); 0 turns caching off. Default one minute.
   */
  cacheTtlMs?: number;
  /** The built web app; no web app when null. */
  webRoot?: string | null;
  /** Refuse requests whose Host is not a loopback name (for a server bound to loopback). */
  loopbackOnly?: boolean;
}

export const API_VERSION = '1.0.0';

function apiApp(deps: ApiDeps): OpenAPIHono {
  const api = newRouter();
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http', scheme: 'bearer', description: 'The token `dossier serve` prints at start (or DOSSIER_TOKEN).',
  });
  for (const routes of [overviewRoutes, entityRoutes, graphRoutes, documentRoutes, searchRoutes, timelineRoutes, screenRoutes]) {
    api.route('/', routes(deps));
  }
  let document: unknown;
  api.get('/openapi.json', (c) => c.json(document ??= api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Dossier API', version: API_VERSION,
      description: 'Reports about politicians and organized crime as a sourced record. Allegations are claims made by the sources shown with them, never findings.',
    },
    servers: [{ url: '/api' }],
  })));
  api.all('*', (c) => { throw new DossierError('not_found', `no route ${c.req.method} ${c.req.path}`); });
  return api;
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const cache = new ReadCache(() => opts.store.dataVersion(), { maxAgeMs: opts.cacheTtlMs ?? 60_000 });
  const deps: ApiDeps = { store: opts.store, token: opts.token, cache };
  const app = new OpenAPIHono();
  app.onError(errorResponse);
  app.notFound((c) => errorResponse(new DossierError('not_found', `no route ${c.req.method} ${c.req.path}`), c));
  app.use('*', securityHeaders());
  if (opts.loopbackOnly) app.use('*', loopbackHostsOnly());
  app.route('/api', apiApp(deps));
  if (opts.webRoot) mountWebApp(app, opts.webRoot);
  return app;
}
