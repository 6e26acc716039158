// GET /api/documents, GET /api/documents/{id} (text and every extracted span), POST
// /api/documents (ingest an article; needs the bearer token) and POST /api/extract (what
// extraction would find, storing nothing).
import { createRoute } from '@hono/zod-openapi';
import { EXTRACTOR_VERSION, extractText } from '../../../extract/pipeline.js';
import { documentView } from '../../../kb/document-view.js';
import { ingestDocument } from '../../../kb/ingest/ingest-document.js';
import { requireToken } from '../../auth/bearer.js';
import type { ApiDeps } from '../../deps.js';
import { ARTICLE_BODY_BYTES, checkArticleSize, limitBody } from '../../limits.js';
import { extractionAsFacts, presentDocumentSummary, presentDocumentView, presentExtraction } from '../../presenters/document.js';
import { cachedJson } from '../../cached-json.js';
import { newRouter } from '../../router.js';
import { IdParam, PageQuery, errors, json, pageOf, paged } from '../../schemas/common.js';
import { ArticleBody, DocumentSummary, DocumentView, IngestResult, PreviewResult } from './schema.js';

const tags = ['documents'];
const articleBody = { required: true, content: { 'application/json': { schema: ArticleBody } } };

const list = createRoute({
  method: 'get', path: '/documents', tags, summary: 'Stored reports, latest ingested first',
  request: { query: PageQuery },
  responses: { 200: json(paged(DocumentSummary), 'A page of documents'), ...errors(400) },
});

const one = createRoute({
  method: 'get', path: '/documents/{id}', tags, summary: 'One report: its text and everything extracted from it, with spans',
  request: { params: IdParam },
  responses: { 200: json(DocumentView, 'The document'), ...errors(400, 404) },
});

export const ingestRoute = createRoute({
  method: 'post', path: '/documents', tags, summary: 'Ingest an article (text or HTML) and return its extraction',
  security: [{ bearer: [] }],
  middleware: [limitBody(ARTICLE_BODY_BYTES)] as const,
  request: { body: articleBody },
  responses: {
    201: json(IngestResult, 'Stored as a new document'),
    200: json(IngestResult, 'Already stored (unchanged) or re-extracted (updated)'),
    ...errors(400, 401, 413, 415, 422),
  },
});

const preview = createRoute({
  method: 'post', path: '/extract', tags, summary: 'Extract an article without storing it',
  middleware: [limitBody(ARTICLE_BODY_BYTES)] as const,
  request: { body: articleBody },
  responses: { 200: json(PreviewResult, 'The extraction'), ...errors(400, 413, 415, 422) },
});

function hints(b: ArticleBody) {
  const raw = (b.text ?? b.html)!;
  checkArticleSize(raw);
  return { raw, format: b.html !== undefined ? 'html' as const : 'text' as const, lang: b.language, title: b.title ?? null, outlet: b.outlet ?? null, published: b.published ?? null };
}

export function documentRoutes({ store, token, cache }: ApiDeps) {
  const app = newRouter();
  const writer = requireToken(token);
  app.use('/documents', async (c, next) => (c.req.method === 'POST' ? writer(c, next) : next()));
  return app
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const rows = await store.listDocuments({ limit: q.limit + 1, offset: q.offset });
      return c.json(pageOf(rows.map(presentDocumentSummary), q), 200);
    })
    .openapi(one, async (c) => {
      const { id } = c.req.valid('param');
      return cachedJson(c, cache, `document:${id}`, async () => {
        const v = await documentView(store, id);
        return presentDocumentView(v.document, v.facts);
      });
    })
    .openapi(ingestRoute, async (c) => {
      const body = c.req.valid('json');
      const h = hints(body);
      const outcome = await ingestDocument(store, { label: 'POST /api/documents', ...h, url: body.url ?? null, sourceId: body.url ?? null });
      if (outcome.status !== 'unchanged') cache.clear();
      const v = await documentView(store, outcome.documentId);
      const result = {
        status: outcome.status, documentId: outcome.documentId,
        counts: {
          entitiesCreated: outcome.entitiesCreated, entitiesLinked: outcome.entitiesLinked,
          allegations: outcome.allegations, responses: outcome.responses, events: outcome.events,
        },
        view: presentDocumentView(v.document, v.facts),
      };
      return outcome.status === 'new' ? c.json(result, 201) : c.json(result, 200);
    })
    .openapi(preview, async (c) => {
      const h = hints(c.req.valid('json'));
      const { document, extraction } = extractText(h.raw, { lang: h.lang, format: h.format, title: h.title, outlet: h.outlet, published: h.published });
      return c.json({
        document: { title: document.title, outlet: document.outlet, published: document.published, language: extraction.document.language, format: document.format, text: document.text },
        extraction: presentExtraction(extractionAsFacts(extraction, document.text, EXTRACTOR_VERSION)),
      }, 200);
    });
}
