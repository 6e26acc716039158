// POST /api/screen: screens a batch of names against the stored lists (OFAC and others as
// imported) and the knowledge base (list `kb`).
import { createRoute } from '@hono/zod-openapi';
import { ScreenQuery } from '../../../screen/query.js';
import { screenOne } from '../../../screen/screen.js';
import { DossierError } from '../../../errors.js';
import type { ApiDeps } from '../../deps.js';
import { describeZodError } from '../../errors.js';
import { SCREEN_BODY_BYTES, limitBody } from '../../limits.js';
import { newRouter } from '../../router.js';
import { errors, json } from '../../schemas/common.js';
import { ScreenBody, ScreenResponse } from './schema.js';
import { ScreeningIndexCache } from './index-cache.js';

const route = createRoute({
  method: 'post', path: '/screen', tags: ['screen'], summary: 'Screen names against the lists and the knowledge base',
  middleware: [limitBody(SCREEN_BODY_BYTES)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: ScreenBody } } } },
  responses: { 200: json(ScreenResponse, 'Matches for each name'), ...errors(400, 404, 413, 415) },
});

export function screenRoutes({ store }: ApiDeps) {
  const indexes = new ScreeningIndexCache(store);
  return newRouter().openapi(route, async (c) => {
    const body = c.req.valid('json');
    const queries = body.names.map((n, i) => {
      const q = ScreenQuery.safeParse({ id: n.id ?? String(i + 1), name: n.name, kind: n.kind, country: n.country, birth_date: n.birth_date });
      if (!q.success) throw new DossierError('invalid_input', describeZodError(q.error, `body.names.${i}`));
      return q.data;
    });
    const { index, lists } = await indexes.get(body.lists);
    const results = queries.map((q) => screenOne(q, index, { threshold: body.threshold, limit: body.limit }));
    return c.json({ lists, entries: index.entries.length, results }, 200);
  });
}
