// The built web app (dist/web) at `/`: files as they are, hashed assets cached for good, and
// index.html for every other path so deep links (/entities/12, /documents/3#a1) load the app.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DossierError } from '../errors.js';

/** dist/web under the package root, found from this file whether it runs from src/ or dist/src/. */
export function defaultWebRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    dir = dirname(dir);
  }
  return join(process.cwd(), 'dist', 'web');
}

export function mountWebApp(app: OpenAPIHono, root: string): void {
  const index = join(root, 'index.html');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  }, serveStatic({ root }));
  app.get('*', serveStatic({ root }), (c) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api') throw new DossierError('not_found', `no route GET ${c.req.path}`);
    if (!existsSync(index)) throw new DossierError('not_found', `the web app is not built (no ${index}); run npm run build`);
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
}
