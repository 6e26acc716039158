// A server on loopback answers only requests addressed to a loopback name: a web page on
// another site cannot reach it through a DNS name rebound to 127.0.0.1 (DNS rebinding).
import type { MiddlewareHandler } from 'hono';
import { DossierError } from '../../errors.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

export function loopbackHostsOnly(): MiddlewareHandler {
  return async (c, next) => {
    // In-process requests (tests) carry no Host header; their URL says where they are addressed.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!LOOPBACK.test(host)) throw new DossierError('forbidden', `this server answers on loopback addresses only, not on "${host}"`);
    await next();
  };
}
