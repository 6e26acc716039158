// GET /api/entities (filtered listing), /api/entities/{id} (the dossier) and the paginated
// parts of a dossier: threads, the reports of one thread, events, documents.
import { createRoute } from '@hono/zod-openapi';
import { entityDossier } from '../../../kb/dossier.js';
import { findEntity } from '../../../kb/find-entity.js';
import { allegationThreads } from '../../../kb/threads.js';
import type { ApiDeps } from '../../deps.js';
import { cachedJson } from '../../cached-json.js';
import { newRouter } from '../../router.js';
import { DocumentRef, IdParam, PageQuery, errors, json, pageOf, paged, slicePage } from '../../schemas/common.js';
import { presentDocumentDate, presentDossier, presentEntity, presentEvent, presentReport, presentThread } from '../../presenters/dossier.js';
import { AllegationReportItem, Dossier, DossierQuery, EntityListQuery, EntitySummary, EventItem, Thread, ThreadReportsParams } from './schema.js';

const tags = ['entities'];

const list = createRoute({
  method: 'get', path: '/entities', tags, summary: 'People, organizations, places and groups, filtered',
  request: { query: EntityListQuery },
  responses: { 200: json(paged(EntitySummary), 'A page of entities'), ...errors(400) },
});

const dossier = createRoute({
  method: 'get', path: '/entities/{id}', tags, summary: 'The dossier of one entity',
  description: 'Allegations are claims reported by the sources named with them, never findings; each comes with its sources, verification, evidence and the responses to it.',
  request: { params: IdParam, query: DossierQuery },
  responses: { 200: json(Dossier, 'The dossier'), ...errors(400, 404) },
});

const ThreadsQuery = PageQuery.extend({ reports: DossierQuery.shape.limit });

const threads = createRoute({
  method: 'get', path: '/entities/{id}/threads', tags, summary: 'Allegation threads against an entity',
  request: { params: IdParam, query: ThreadsQuery },
  responses: { 200: json(paged(Thread), 'A page of threads'), ...errors(400, 404) },
});

const threadReports = createRoute({
  method: 'get', path: '/entities/{id}/threads/{category}/reports', tags, summary: 'Every report of one allegation thread, latest first',
  request: { params: ThreadReportsParams, query: PageQuery },
  responses: { 200: json(paged(AllegationReportItem), 'A page of reports'), ...errors(400, 404) },
});

const events = createRoute({
  method: 'get', path: '/entities/{id}/events', tags, summary: 'Events an entity took part in, latest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(paged(EventItem), 'A page of events'), ...errors(400, 404) },
});

const documents = createRoute({
  method: 'get', path: '/entities/{id}/documents', tags, summary: 'Documents that mention an entity, latest first',
  request: { params: IdParam, query: PageQuery },
  responses: { 200: json(paged(DocumentRef), 'A page of documents'), ...errors(400, 404) },
});

export function entityRoutes({ store, cache }: ApiDeps) {
  const members = async (id: number) => {
    const entity = await findEntity(store, String(id));
    return { entity, ids: await store.entityMembers(entity.id) };
  };
  return newRouter()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      return cachedJson(c, cache, `entities?${JSON.stringify(q)}`, async () => pageOf((await store.browseEntities({ ...q, limit: q.limit + 1 })).map(presentEntity), q));
    })
    .openapi(dossier, async (c) => {
      const { id } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      return cachedJson(c, cache, `dossier:${id}:${limit}`, async () => presentDossier(await entityDossier(store, String(id), { limit })));
    })
    .openapi(threads, async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const { entity, ids } = await members(id);
      const all = await allegationThreads(store, entity, ids, q.reports);
      return c.json(slicePage(all.map(presentThread), q), 200);
    })
    .openapi(threadReports, async (c) => {
      const { id, category } = c.req.valid('param');
      const q = c.req.valid('query');
      const { ids } = await members(id);
      const rows = await store.allegationReports(ids, category, { limit: q.limit + 1, offset: q.offset });
      return c.json(pageOf(rows.map(presentReport), q), 200);
    })
    .openapi(events, async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const { ids } = await members(id);
      const rows = await store.eventReports(ids, { limit: q.limit + 1, offset: q.offset });
      return c.json(pageOf(rows.map(presentEvent), q), 200);
    })
    .openapi(documents, async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const { ids } = await members(id);
      const rows = await store.entityDocuments(ids, { limit: q.limit + 1, offset: q.offset });
      return c.json(pageOf(rows.map(presentDocumentDate), q), 200);
    });
}
