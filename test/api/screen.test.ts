// POST /api/screen: a batch of names against the stored lists and the knowledge base (`kb`),
// each match with its score and explanation; the index follows the store as it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListEntry } from '../../src/model/list.js';
import { TempSqlite } from '../../src/store/contract/test-stores.js';
import { expectErrorBody, openApi, type Api } from './api-fixture.js';

const entry = (id: string, name: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  id, kind: 'person', name, aliases: [], countries: [], birthDates: [], programs: ['SDNTK'], remarks: null, ...extra,
});

describe('HTTP API screening (SQLite)', () => {
  const temp = new TempSqlite();
  let api: Api;
  beforeAll(async () => {
    api = await openApi(() => temp.open());
    await api.store.replaceList({ name: 'sdn', format: 'csv', source: 'test', importedAt: '2025-05-01T00:00:00Z' }, [
      entry('100', 'ROLDAN, Cesar', { countries: ['MX'], birthDates: ['1960-04-02'] }),
      entry('101', 'PEREZ ROBLEDO, Aurelio', { aliases: ['El Guero'] }),
    ]);
  });
  afterAll(async () => { await api.store.close(); temp.cleanup(); });

  it('screens names against every list and the knowledge base, with explanations', async () => {
    const r = await api.post('/api/screen', { names: [{ name: 'César Roldán', country: 'Mexico' }, { id: 'x', name: 'Nobody In Particular' }] }, { token: null });
    expect(r.status).toBe(200);
    expect(r.body.lists.sort()).toEqual(['kb', 'sdn']);
    expect(r.body.entries).toBeGreaterThan(2);
    const [roldan, nobody] = r.body.results;
    expect(roldan.id).toBe('1');
    expect(roldan.matches.map((m: { list: string }) => m.list).sort()).toEqual(['kb', 'sdn']);
    expect(roldan.matches.find((m: { list: string }) => m.list === 'sdn')).toMatchObject({ id: '100', name: 'ROLDAN, Cesar' });
    expect(roldan.matches[0].explanation).toMatch(/\S/);
    expect(nobody).toEqual({ id: 'x', query: 'Nobody In Particular', matches: [] });
  });

  it('screens against chosen lists only, and sees knowledge-base changes', async () => {
    const onlySdn = await api.post('/api/screen', { names: [{ name: 'Lucía Ferrer Montes' }], lists: ['sdn'] });
    expect(onlySdn.body.results[0].matches).toEqual([]);
    const kb = await api.post('/api/screen', { names: [{ name: 'Lucía Ferrer Montes' }], lists: ['kb'] });
    expect(kb.body.results[0].matches[0]).toMatchObject({ list: 'kb', name: 'Lucía Ferrer Montes' });
    const before = await api.post('/api/screen', { names: [{ name: 'Ramiro Castellanos Vega' }], lists: ['kb'] });
    expect(before.body.results[0].matches).toEqual([]);
    await api.post('/api/documents', { text: 'Governor Ramiro Castellanos Vega of Sonora denied the accusations on Tuesday.' });
    const after = await api.post('/api/screen', { names: [{ name: 'Ramiro Castellanos Vega' }], lists: ['kb'] });
    expect(after.body.results[0].matches[0]).toMatchObject({ list: 'kb', name: 'Ramiro Castellanos Vega' });
  });

  it('refuses bad requests with 400, unknown lists with 404', async () => {
    const cases: [unknown, number, string][] = [
      [{ names: [] }, 400, 'invalid_input'],
      [{ names: [{ name: '' }] }, 400, 'invalid_input'],
      [{ names: [{ name: 'A B', country: 'Atlantis' }] }, 400, 'invalid_input'],
      [{ names: [{ name: 'A B', birth_date: '19xx' }] }, 400, 'invalid_input'],
      [{ names: [{ name: 'A B' }], threshold: 2 }, 400, 'invalid_input'],
      [{ names: Array.from({ length: 1001 }, (_, i) => ({ name: `Name ${i}` })) }, 400, 'invalid_input'],
      [{ names: [{ name: 'A B' }], lists: ['nope'] }, 404, 'not_found'],
    ];
    for (const [body, status, code] of cases) {
      const r = await api.post('/api/screen', body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expectErrorBody(r.body, code);
    }
    const bad = await api.post('/api/screen', { names: [{ name: 'A B', country: 'Atlantis' }] });
    expect(bad.body.error.message).toMatch(/names\.0.*Atlantis/);
  });
});
