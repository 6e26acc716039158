// GET /api/timeline: events and reports over time, for one entity or for everything.
import { createRoute } from '@hono/zod-openapi';
import { browseTimeline } from '../../../kb/browse-timeline.js';
import type { TimelineFact } from '../../../store/browse-records.js';
import type { ApiDeps } from '../../deps.js';
import { presentDocumentDate } from '../../presenters/dossier.js';
import { newRouter } from '../../router.js';
import { errors, json, pageOf } from '../../schemas/common.js';
import { TimelineItem, TimelinePage, TimelineQuery } from './schema.js';

const timeline = createRoute({
  method: 'get', path: '/timeline', tags: ['timeline'], summary: 'Events, allegation reports and reports, latest first',
  request: { query: TimelineQuery },
  responses: { 200: json(TimelinePage, 'A page of the timeline'), ...errors(400, 404) },
});

function present(f: TimelineFact): TimelineItem {
  return { type: f.type, date: f.date, kind: f.kind, verification: f.verification, entities: f.entities, document: presentDocumentDate(f.document), span: f.span, quote: f.quote };
}

export function timelineRoutes({ store }: ApiDeps) {
  return newRouter().openapi(timeline, async (c) => {
    const q = c.req.valid('query');
    const { entity, items } = await browseTimeline(store, {
      entity: q.entity === undefined ? undefined : String(q.entity), types: q.types, from: q.from, to: q.to, limit: q.limit + 1, offset: q.offset,
    });
    return c.json({ entity, ...pageOf(items.map(present), q) }, 200);
  });
}
