// The API under test: a real store holding the knowledge-base fixture reports, and the Hono app
// over it, called in process with app.request() (no port).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { expect } from 'vitest';
import { createApp, type AppOptions } from '../../src/server/app.js';
import type { Store } from '../../src/store/store.js';
import { ARTICLES } from '../fixtures/kb/articles.js';
import { ingestAll } from '../fixtures/kb/ingest-fixtures.js';

export const TOKEN = 'test-token-0123456789abcdef';

export interface Api {
  store: Store;
  app: OpenAPIHono;
  /** Document id of each fixture report by slug. */
  docs: Map<string, number>;
  get<T = any>(path: string, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>;
  post<T = any>(path: string, body: unknown, opts?: { token?: string | null; contentType?: string; raw?: boolean }): Promise<{ status: number; body: T }>;
  /** The id of the canonical entity named exactly `name`. */
  entityId(name: string): Promise<number>;
}

export async function openApi(open: () => Promise<Store>, opts: Partial<AppOptions> = {}): Promise<Api> {
  const store = await open();
  const out = await ingestAll(store, ARTICLES);
  const docs = new Map([...out].map(([slug, o]) => [slug, o.documentId]));
  const app = createApp({ store, token: TOKEN, cacheTtlMs: 0, webRoot: null, ...opts });
  const api: Api = {
    store, app, docs,
    async get(path, headers = {}) {
      const res = await app.request(path, { headers });
      return { status: res.status, body: await res.json(), headers: res.headers };
    },
    async post(path, body, o = {}) {
      const headers: Record<string, string> = { 'content-type': o.contentType ?? 'application/json' };
      const token = o.token === undefined ? TOKEN : o.token;
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await app.request(path, { method: 'POST', headers, body: o.raw ? (body as string) : JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    },
    async entityId(name) {
      const found = (await store.browseEntities({ q: name, limit: 50 })).filter((e) => e.name === name);
      if (found.length !== 1) throw new Error(`test fixture: ${found.length} entities named ${name}`);
      return found[0]!.id;
    },
  };
  return api;
}

/** Every {error: {code, message}} body is one line of text, with no stack trace in it. */
export function expectErrorBody(body: any, code: string): void {
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(/\S/);
  expect(body.error.message).not.toMatch(/\n|\bat .+:\d+:\d+/);
}
