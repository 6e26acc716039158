// What surrounds every route: the OpenAPI document generated from the validating schemas, one
// JSON error shape for every failure (no stack traces), security headers, loopback-only hosts,
// the read cache, and the built web app served for deep links.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { TempSqlite } from '../../src/store/contract/test-stores.js';
import { TOKEN, expectErrorBody, openApi, type Api } from './api-fixture.js';

describe('HTTP API frame (SQLite)', () => {
  const temp = new TempSqlite();
  const web = mkdtempSync(join(tmpdir(), 'dossier-web-'));
  let api: Api;
  beforeAll(async () => {
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Dossier</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log("app")');
    api = await openApi(() => temp.open(), { webRoot: web, loopbackOnly: true });
  });
  afterAll(async () => {
    await api.store.close();
    temp.cleanup();
    rmSync(web, { recursive: true, force: true });
  });

  it('documents every route in /api/openapi.json, from the schemas that validate them', async () => {
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(body.servers).toEqual([{ url: '/api' }]);
    const routes = Object.entries(body.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(routes).toEqual([
      'GET /documents', 'GET /documents/{id}', 'GET /entities', 'GET /entities/{id}', 'GET /entities/{id}/documents',
      'GET /entities/{id}/events', 'GET /entities/{id}/graph', 'GET /entities/{id}/threads', 'GET /entities/{id}/threads/{category}/reports',
      'GET /overview', 'GET /search', 'GET /timeline', 'POST /documents', 'POST /extract', 'POST /screen',
    ]);
    const list = body.paths['/entities'].get;
    expect(list.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['category', 'country', 'kind', 'limit', 'offset', 'party', 'q', 'sort']);
    expect(list.parameters.find((p: { name: string }) => p.name === 'limit').schema).toMatchObject({ minimum: 1, maximum: 200, default: 50 });
    const ingest = body.paths['/documents'].post;
    expect(ingest.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(ingest.responses).sort()).toEqual(['200', '201', '400', '401', '413', '415', '422', '500']);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(body.components.schemas.Error.properties.error.properties.code.enum).toContain('too_large');
    // Every route's declared path parameter and the app's validation agree: a bad id is refused.
    expect((await api.get('/api/documents/abc')).status).toBe(400);
  });

  it('answers unknown routes and methods with a JSON 404', async () => {
    for (const [method, path] of [['GET', '/api/nope'], ['DELETE', '/api/documents/1'], ['PUT', '/api/entities'], ['GET', '/api']]) {
      const res = await api.app.request(path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expectErrorBody(await res.json(), 'not_found');
    }
  });

  it('turns an unexpected failure into a 500 JSON error without internals, and logs it', async () => {
    const temp2 = new TempSqlite();
    const store = await temp2.open();
    const app = createApp({ store, token: TOKEN, cacheTtlMs: 0 });
    await store.close();
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const res = await app.request('/api/overview');
      expect(res.status).toBe(500);
      const body = await res.json();
      expectErrorBody(body, 'internal');
      expect(body.error.message).toBe('internal error (see the server log)');
      expect(String(log.mock.calls[0]?.[0])).toContain('GET /api/overview');
    } finally {
      log.mockRestore();
      temp2.cleanup();
    }
  });

  it('sets security headers and refuses hosts other than loopback names', async () => {
    const res = await api.app.request('/api/overview');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080']) {
      expect((await api.get('/api/overview', { host })).status, host).toBe(200);
    }
    const rebound = await api.get('/api/overview', { host: 'attacker.example:8080' });
    expect(rebound.status).toBe(403);
    expectErrorBody(rebound.body, 'forbidden');
  });

  it('serves the web app for deep links, its assets for good, and JSON errors under /api', async () => {
    for (const path of ['/', '/entities/12', '/documents/3', '/timeline?entity=2']) {
      const res = await api.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('<div id="root">');
    }
    const asset = await api.app.request('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await api.app.request('/assets/missing.js')).headers.get('content-type')).toContain('text/html');
    const apiMiss = await api.app.request('/api/entities/1/nothing');
    expect(apiMiss.status).toBe(404);
    expect(apiMiss.headers.get('content-type')).toContain('application/json');
  });
});
