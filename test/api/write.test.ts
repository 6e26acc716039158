// Writing through the HTTP API: ingesting an article needs the bearer token, stays within the
// size limits, returns its extraction, and becomes visible to reads at once; previews store
// nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/extract/text/decode.js';
import { TempSqlite } from '../../src/store/contract/test-stores.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ingestArticle } from '../fixtures/kb/ingest-fixtures.js';
import { ferrerBribes } from '../fixtures/kb/articles.js';
import { TOKEN, expectErrorBody, openApi, type Api } from './api-fixture.js';

const ARTICLE = 'Governor Ramiro Castellanos Vega of Sonora received payments from the Sinaloa Cartel, two former police officers said.\n\n'
  + 'Castellanos denied the accusations on Tuesday and called them a political attack.';

describe('HTTP API writes (SQLite)', () => {
  const temp = new TempSqlite();
  let api: Api;
  beforeAll(async () => { api = await openApi(() => temp.open(), { cacheTtlMs: 60_000 }); });
  afterAll(async () => { await api.store.close(); temp.cleanup(); });

  it('refuses to ingest without the bearer token, or with a wrong one', async () => {
    for (const token of [null, 'wrong-token-wrong-token']) {
      const r = await api.post('/api/documents', { text: ARTICLE }, { token });
      expect(r.status).toBe(401);
      expectErrorBody(r.body, 'unauthorized');
    }
    const scheme = await api.app.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${TOKEN}` }, body: '{}' });
    expect(scheme.status).toBe(401);
    expect(await api.store.countDocuments()).toBe(9);
  });

  it('ingests an article, returns its extraction, and shows it to reads at once (the read cache is emptied)', async () => {
    const before = (await api.get('/api/overview')).body.counts.documents;
    const r = await api.post('/api/documents', { text: ARTICLE, title: 'Governor accused', outlet: 'Test Wire', published: '2025-09-01', url: 'https://example.org/a' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'new', counts: { allegations: expect.any(Number) } });
    const view = r.body.view;
    expect(view.document).toMatchObject({ id: r.body.documentId, title: 'Governor accused', outlet: 'Test Wire', published: '2025-09-01', url: 'https://example.org/a', text: ARTICLE });
    const names = view.extraction.entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Ramiro Castellanos Vega', 'Sinaloa Cartel']));
    expect(view.extraction.responses.map((x: { stance: string }) => x.stance)).toContain('denies');
    for (const x of [...view.extraction.allegations, ...view.extraction.responses]) expect(ARTICLE.slice(x.span.start, x.span.end)).toBe(x.quote);
    expect((await api.get('/api/overview')).body.counts.documents).toBe(before + 1);
    expect((await api.get(`/api/documents/${r.body.documentId}`)).body.document.title).toBe('Governor accused');

    const again = await api.post('/api/documents', { text: ARTICLE });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'unchanged', documentId: r.body.documentId });
  });

  it('shows writes made through another connection (the CLI) once the store says its data changed', async () => {
    const before = (await api.get('/api/overview')).body.counts.documents;
    expect((await api.get('/api/overview')).body.counts.documents).toBe(before);
    const cli = await openSqliteStore(api.store.location);
    try {
      await ingestArticle(cli, { ...ferrerBribes, text: `${ferrerBribes.text} Updated.`, slug: 'ferrer-bribes-2' });
    } finally {
      await cli.close();
    }
    await expect.poll(async () => (await api.get('/api/overview')).body.counts.documents).toBe(before + 1);
  });

  it('reduces HTML to its text and never keeps markup or script as links', async () => {
    const html = '<html><head><title>Mayor accused</title></head><body><article><h1>Mayor accused</h1>'
      + '<p>Mayor Julián Ortega Ruiz of Nogales bought votes, two observers said.</p><script>alert(1)</script>'
      + '<p><a href="javascript:alert(2)">Ortega</a> denied the accusations.</p></article></body></html>';
    const r = await api.post('/api/documents', { html });
    expect(r.status).toBe(201);
    expect(r.body.view.document.format).toBe('html');
    expect(r.body.view.document.text).not.toMatch(/<script|javascript:/);
    expect(r.body.view.document.text).toContain('Julián Ortega Ruiz');
  });

  it('previews an extraction without storing anything', async () => {
    const count = await api.store.countDocuments();
    const r = await api.post('/api/extract', { text: `${ARTICLE} Fresh words.`, language: 'en' }, { token: null });
    expect(r.status).toBe(200);
    expect(r.body.document.language).toBe('en');
    expect(r.body.extraction.entities.every((e: { entity: unknown }) => e.entity === null)).toBe(true);
    expect(r.body.extraction.entities.map((e: { name: string }) => e.name)).toContain('Ramiro Castellanos Vega');
    expect(await api.store.countDocuments()).toBe(count);
  });

  it('answers bad bodies with 400, 413 or 415 and a JSON error', async () => {
    const cases: [unknown, number, string, { raw?: boolean; contentType?: string }?][] = [
      [{}, 400, 'invalid_input'],
      [{ text: 'x', html: '<p>x</p>' }, 400, 'invalid_input'],
      [{ text: '' }, 400, 'invalid_input'],
      [{ text: ARTICLE, published: 'last Tuesday' }, 400, 'invalid_input'],
      [{ text: ARTICLE, url: 'javascript:alert(1)' }, 400, 'invalid_input'],
      [{ text: ARTICLE, language: 'fr' }, 400, 'invalid_input'],
      ['{"text": "unterminated', 400, 'invalid_input', { raw: true }],
      [ARTICLE, 415, 'unsupported_media_type', { raw: true, contentType: 'text/plain' }],
      [{ text: 'é'.repeat(MAX_INPUT_BYTES / 2 + 10) }, 413, 'too_large'],
    ];
    for (const [body, status, code, o] of cases) {
      const r = await api.post('/api/documents', body, o);
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expectErrorBody(r.body, code);
    }
    const huge = await api.app.request('/api/documents', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'content-length': String(50 * 1024 * 1024) }, body: '{}',
    });
    expect(huge.status).toBe(413);
    expectErrorBody(await huge.json(), 'too_large');
    const french = await api.post('/api/documents', { text: 'Le gouverneur a nié toutes les accusations portées contre lui par deux anciens policiers, selon le journal.' });
    expect(french.status).toBe(422);
    expectErrorBody(french.body, 'unsupported_language');
  });
});
