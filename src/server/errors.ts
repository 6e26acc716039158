// The one error path of the HTTP API: every failure becomes {error: {code, message}} with the
// status of its code (src/errors.ts), never a stack trace. Validation failures, framework
// exceptions and unexpected errors are turned into DossierErrors first.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { DossierError, oneLine, type ErrorCode } from '../errors.js';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'invalid_input', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict',
  413: 'too_large', 415: 'unsupported_media_type', 422: 'unsupported_language',
};

/** "query.limit: Too big: expected number to be <=200"; the first few problems only. */
export function describeZodError(error: ZodError, where: string): string {
  return error.issues.slice(0, 3).map((i) => {
    const path = [where, ...i.path.map(String)].filter(Boolean).join('.');
    return `${path}: ${i.message}`;
  }).join('; ');
}

/** Called by every route whose input fails its schema. */
export function validationHook(result: { success: boolean; error?: ZodError; target: string }): void {
  if (!result.success && result.error) {
    const where = result.target === 'param' ? 'path' : result.target === 'json' ? 'body' : result.target;
    throw new DossierError('invalid_input', describeZodError(result.error, where));
  }
}

export function asApiError(err: unknown): DossierError {
  if (err instanceof DossierError) return err;
  if (err instanceof HTTPException) {
    const code = STATUS_CODES[err.status] ?? (err.status >= 500 ? 'internal' : 'invalid_input');
    const message = err.status === 415 ? 'send the body as application/json' : err.message || 'bad request';
    return new DossierError(code, message, { cause: err });
  }
  if (err instanceof SyntaxError) return new DossierError('invalid_input', 'the body is not valid JSON', { cause: err });
  return new DossierError('internal', 'internal error (see the server log)', { cause: err });
}

export function errorResponse(err: unknown, c: Context): Response {
  const e = asApiError(err);
  if (e.code === 'internal' || e.code === 'storage') {
    const cause = e.cause instanceof Error ? e.cause : e;
    process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${cause.stack ?? cause.message}\n`);
  }
  return c.json({ error: { code: e.code, message: oneLine(e.message) } }, e.status as ContentfulStatusCode);
}
