// Wire shapes shared by several resources (entity references, spans, evidence, pages, errors)
// and the query schema of every paginated list. The same zod schemas validate requests and
// generate the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { ERROR_CODES, type ErrorCode } from '../../errors.js';

export const EntityRef = z.object({
  id: z.number().int(),
  kind: z.string().openapi({ example: 'person' }),
  name: z.string().openapi({ example: 'Ramiro Castellanos Vega' }),
}).openapi('EntityRef');
export type EntityRef = z.infer<typeof EntityRef>;

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).openapi('Span', { description: 'Offsets into the document text (UTF-16 code units, end exclusive).' });

export const DocumentRef = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable().openapi({ description: 'ISO date from the article metadata, when known.' }),
  ingestedAt: z.string(),
}).openapi('DocumentRef');
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Where a fact comes from: the document, the exact words and the extractor that read them. */
export const Evidence = z.object({
  documentId: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  span: Span,
  quote: z.string(),
  extractorVersion: z.string(),
}).openapi('Evidence');
export type Evidence = z.infer<typeof Evidence>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
  }),
}).openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

export const MAX_PAGE = 200;

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50).openapi({ description: `At most this many items (1 to ${MAX_PAGE}).` }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).openapi({ description: 'Skip this many items.' }),
});
export type PageQuery = z.infer<typeof PageQuery>;

export const PageInfo = z.object({
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.number().int().nullable().openapi({ description: 'The offset of the next page, or null on the last page.' }),
}).openapi('PageInfo');

export function paged<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), page: PageInfo });
}

/** A page from a read that fetched one item more than asked, to know whether more follow. */
export function pageOf<T>(rows: T[], page: PageQuery): { items: T[]; page: { limit: number; offset: number; next: number | null } } {
  const more = rows.length > page.limit;
  return { items: more ? rows.slice(0, page.limit) : rows, page: { limit: page.limit, offset: page.offset, next: more ? page.offset + page.limit : null } };
}

/** A page cut from a list read whole. */
export function slicePage<T>(all: T[], page: PageQuery): { items: T[]; page: { limit: number; offset: number; next: number | null } } {
  return pageOf(all.slice(page.offset, page.offset + page.limit + 1), page);
}

export const IdParam = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorBody } } };
}

/** The error responses a route documents, besides the 500 every route may return. */
export function errors(...statuses: (400 | 401 | 404 | 413 | 415 | 422)[]) {
  const text: Record<number, string> = {
    400: 'Invalid input', 401: 'Missing or wrong bearer token', 404: 'Not found', 413: 'Request body too large',
    415: 'Unsupported media type', 422: 'Unsupported language',
  };
  return Object.fromEntries([...statuses.map((s) => [s, errorResponse(text[s]!)]), [500, errorResponse('Internal error')]]);
}

export function json<T extends z.ZodTypeAny>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
