import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../errors.js';
import { requireToken, serverToken } from './bearer.js';

describe('bearer token', () => {
  const app = new Hono();
  app.onError(errorResponse);
  app.post('/w', requireToken('the-right-token-123'), (c) => c.json({ ok: true }));
  const post = (authorization?: string) => app.request('/w', { method: 'POST', headers: authorization ? { authorization } : {} });

  it('lets the right token through and nothing else', async () => {
    expect((await post('Bearer the-right-token-123')).status).toBe(200);
    expect((await post('bearer   the-right-token-123 ')).status).toBe(200);
    for (const h of [undefined, 'Bearer', 'Bearer the-right-token-12', 'Bearer the-right-token-1234', 'Basic the-right-token-123', 'the-right-token-123']) {
      const res = await post(h);
      expect(res.status, String(h)).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });

  it('takes DOSSIER_TOKEN when set (long enough), or makes a random one', () => {
    expect(serverToken({ DOSSIER_TOKEN: 'a-long-enough-token' })).toEqual({ token: 'a-long-enough-token', generated: false });
    expect(() => serverToken({ DOSSIER_TOKEN: 'short' })).toThrow(/at least 16/);
    const a = serverToken({});
    const b = serverToken({});
    expect(a.generated).toBe(true);
    expect(a.token.length).toBeGreaterThanOrEqual(32);
    expect(a.token).not.toBe(b.token);
  });
});
