// Write access: requests that change the store carry `Authorization: Bearer <token>`, compared
// in constant time with the server's token (DOSSIER_TOKEN, or one generated at start).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { DossierError } from '../../errors.js';

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) throw new DossierError('unauthorized', 'this endpoint changes the store: send Authorization: Bearer <token> (the token dossier serve printed, or DOSSIER_TOKEN)');
    // Hashing first gives equal lengths, so the comparison leaks nothing about the token.
    if (!timingSafeEqual(digest(m[1]!), expected)) throw new DossierError('unauthorized', 'wrong bearer token');
    await next();
  };
}

/** The token from the environment, or a new random one for this run. */
export function serverToken(env: NodeJS.ProcessEnv = process.env): { token: string; generated: boolean } {
  const fromEnv = env.DOSSIER_TOKEN?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new DossierError('invalid_input', 'DOSSIER_TOKEN must be at least 16 characters');
    return { token: fromEnv, generated: false };
  }
  return { token: randomBytes(24).toString('base64url'), generated: true };
}
