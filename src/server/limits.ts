// Request body limits: an article may be up to the extractor's input limit (with room for
// JSON escaping); anything else posted is small.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_INPUT_BYTES, describeLimit } from '../extract/text/decode.js';
import { DossierError } from '../errors.js';

/** JSON escaping can double a text (quotes, backslashes, control characters). */
export const ARTICLE_BODY_BYTES = 2 * MAX_INPUT_BYTES;
export const SCREEN_BODY_BYTES = 1024 * 1024;
export const DEFAULT_BODY_BYTES = 64 * 1024;

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: () => { throw new DossierError('too_large', `the request body is over the ${describeLimit(maxSize)} limit`); },
  });
}

/** The article text itself must fit the extractor's limit, whatever the JSON around it. */
export function checkArticleSize(raw: string): void {
  if (Buffer.byteLength(raw) > MAX_INPUT_BYTES) throw new DossierError('too_large', `the article is over the ${describeLimit()} limit`);
}
