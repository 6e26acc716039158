// The read side of the HTTP API, on both stores: listings with filters and pages, a dossier
// whose allegations carry sources, verification, evidence and responses, documents with every
// span, search, the timeline and the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachStore } from '../each-store.js';
import { expectErrorBody, openApi, type Api } from './api-fixture.js';

describeEachStore('HTTP API reads', (open) => {
  let api: Api;
  let ferrer: number;
  beforeAll(async () => {
    api = await openApi(open);
    ferrer = await api.entityId('Lucía Ferrer Montes');
  });
  afterAll(() => api.store.close());

  describe('overview and entity listings', () => {
    it('counts documents and entities and lists the latest reports and the most reported people', async () => {
      const { status, body } = await api.get('/api/overview');
      expect(status).toBe(200);
      expect(body.counts.documents).toBe(9);
      expect(body.counts.entities.person).toBeGreaterThan(5);
      expect(body.recent[0].title).toBe('Valencia striker Lucía Ferrer signs new contract');
      expect(body.mostReported[0]).toMatchObject({ id: ferrer, name: 'Lucía Ferrer Montes', documentCount: 3 });
      const counts = body.mostReported.map((p: { documentCount: number }) => p.documentCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it('filters entities by kind, country, party, category and name', async () => {
      const names = async (q: string) => {
        const r = await api.get(`/api/entities?${q}`);
        expect(r.status).toBe(200);
        return r.body.items.map((e: { name: string }) => e.name) as string[];
      };
      const party = (await api.get('/api/entities?q=partido%20azul&kind=organization')).body.items[0].id;
      expect(await names(`party=${party}`)).toEqual(['Lucía Ferrer Montes', 'Tomás Ibarra']);
      expect(await names('category=money_laundering')).toEqual(['Javier Roldán']);
      expect(await names('kind=person&country=es')).toEqual(['Lucía Ferrer']);
      expect(await names('q=roldan&sort=name')).toEqual(['César Roldán', 'Javier Roldán']);
      expect(await names('kind=place&q=zzzz')).toEqual([]);
    });

    it('pages through every list with limit, offset and next', async () => {
      const all = (await api.get('/api/entities?sort=name&limit=200')).body;
      expect(all.page).toEqual({ limit: 200, offset: 0, next: null });
      const seen: string[] = [];
      let offset: number | null = 0;
      while (offset !== null) {
        const r: { body: { items: { name: string }[]; page: { next: number | null } } } = await api.get(`/api/entities?sort=name&limit=4&offset=${offset}`);
        seen.push(...r.body.items.map((e) => e.name));
        offset = r.body.page.next;
      }
      expect(seen).toEqual(all.items.map((e: { name: string }) => e.name));
      const docs = await api.get('/api/documents?limit=5&offset=5');
      expect(docs.body.items).toHaveLength(4);
      expect(docs.body.page).toEqual({ limit: 5, offset: 5, next: null });
    });

    it('answers bad query parameters with 400 and a JSON error', async () => {
      for (const q of ['limit=0', 'limit=201', 'offset=-1', 'kind=planet', 'country=Mexico', 'category=jaywalking', 'party=abc', 'sort=random']) {
        const r = await api.get(`/api/entities?${q}`);
        expect(r.status, q).toBe(400);
        expectErrorBody(r.body, 'invalid_input');
      }
    });
  });

  describe('the dossier', () => {
    it('shows allegations as threads with sources, verification, dates, evidence and responses', async () => {
      const { status, body } = await api.get(`/api/entities/${ferrer}`);
      expect(status).toBe(200);
      expect(body.entity).toMatchObject({ id: ferrer, kind: 'person', documentCount: 3, undecided: false, surnameOnly: false });
      expect(body.entity.aliases).toContain('Ferrer');
      const threads = Object.fromEntries(body.threads.map((t: { category: string }) => [t.category, t]));
      expect(Object.keys(threads).sort()).toEqual(['corruption', 'electoral', 'organized_crime']);
      const corruption = threads.corruption;
      expect(corruption).toMatchObject({ id: `${ferrer}:corruption`, reportCount: 2, documentCount: 2, firstReported: '2025-04-02', lastReported: '2025-06-10' });
      expect(corruption.verification).toEqual({ confirmed: 0, disputed: 0, unverified: 1, unstated: 1 });
      expect(corruption.sources).toEqual(expect.arrayContaining([
        expect.objectContaining({ kind: 'anonymous', count: 2, description: 'two sources', reports: 1 }),
        expect.objectContaining({ kind: 'named', entity: expect.objectContaining({ name: 'Prosecutors in Tamarindo' }), reports: 1 }),
      ]));
      expect(corruption.responses.map((r: { stance: string }) => r.stance)).toEqual(['denies', 'no_response']);
      expect(threads.organized_crime.reports.map((r: { verification: string }) => r.verification)).toEqual(['disputed', 'unverified']);
      expect(body.parties.map((p: { party: { name: string } }) => p.party.name)).toEqual(['Partido Azul']);
      expect(body.positions.map((p: { title: string; status: string }) => `${p.status} ${p.title}`).sort()).toEqual(['current governor', 'former governor']);
      expect(body.coMentioned.map((c: { name: string }) => c.name)).toContain('Tamarindo');
    });

    it('points every piece of evidence at the exact words of its stored document', async () => {
      const { body } = await api.get(`/api/entities/${ferrer}`);
      const evidence = [
        ...body.threads.flatMap((t: any) => [...t.reports, ...t.responses].map((x: any) => x.evidence)),
        ...body.events.map((e: any) => e.evidence), ...body.positions.map((p: any) => p.latest), ...body.parties.map((p: any) => p.latest),
      ];
      expect(evidence.length).toBeGreaterThan(6);
      for (const e of evidence) {
        const doc = (await api.get(`/api/documents/${e.documentId}`)).body.document;
        expect(doc.text.slice(e.span.start, e.span.end)).toBe(e.quote);
        expect(e.extractorVersion).toBe('fixture-1');
      }
    });

    it('pages a thread\'s reports, an entity\'s events and documents', async () => {
      const reports = await api.get(`/api/entities/${ferrer}/threads/corruption/reports?limit=1`);
      expect(reports.body.items).toHaveLength(1);
      expect(reports.body.page.next).toBe(1);
      const second = await api.get(`/api/entities/${ferrer}/threads/corruption/reports?limit=1&offset=1`);
      expect(second.body.items[0].evidence.documentId).not.toBe(reports.body.items[0].evidence.documentId);
      expect(second.body.page.next).toBeNull();
      const threads = await api.get(`/api/entities/${ferrer}/threads?limit=2`);
      expect(threads.body.items).toHaveLength(2);
      expect(threads.body.page.next).toBe(2);
      expect((await api.get(`/api/entities/${ferrer}/events`)).body.items.map((e: { kind: string }) => e.kind)).toEqual(['charge']);
      const docs = await api.get(`/api/entities/${ferrer}/documents?limit=2`);
      expect(docs.body.items.map((d: { published: string }) => d.published)).toEqual(['2025-07-01', '2025-06-10']);
      expect((await api.get(`/api/entities/${ferrer}/threads/jaywalking/reports`)).status).toBe(400);
    });

    it('answers an unknown entity with 404 and a bad id with 400', async () => {
      const missing = await api.get('/api/entities/999999');
      expect(missing.status).toBe(404);
      expectErrorBody(missing.body, 'not_found');
      const bad = await api.get('/api/entities/ferrer');
      expect(bad.status).toBe(400);
      expectErrorBody(bad.body, 'invalid_input');
    });
  });

  describe('documents, search and timeline', () => {
    it('returns a document with its text and every extracted span, names resolved', async () => {
      const id = api.docs.get('ferrer-bribes')!;
      const { status, body } = await api.get(`/api/documents/${id}`);
      expect(status).toBe(200);
      const text: string = body.document.text;
      expect(body.document).toMatchObject({ id, outlet: 'Northern Ledger', published: '2025-04-02', language: 'en' });
      const x = body.extraction;
      for (const e of x.entities) for (const m of e.mentions) expect([e.name, ...e.aliases]).toContain(text.slice(m.start, m.end));
      for (const item of [...x.allegations, ...x.responses, ...x.events]) expect(text.slice(item.span.start, item.span.end)).toBe(item.quote);
      expect(x.allegations[0]).toMatchObject({ localId: 'a1', category: 'corruption', verification: 'unverified', subjects: [{ localId: 'e1', name: 'Lucía Ferrer Montes', entity: { id: ferrer } }] });
      expect(x.responses[0]).toMatchObject({ by: { name: 'Lucía Ferrer Montes' }, stance: 'denies', answers: ['a1', 'a2'] });
      expect(x.events[0]).toMatchObject({ kind: 'arrest', targets: [{ name: 'Bruno Salas' }], place: { name: 'Tamarindo' }, date: '2025-03' });
      expect((await api.get('/api/documents/424242')).status).toBe(404);
    });

    it('finds documents by words, accents and case ignored, with matches marked', async () => {
      const { body } = await api.get('/api/search?q=LUCIA%20ferrer');
      expect(body.items.map((h: { id: number }) => h.id).sort()).toEqual([api.docs.get('ferrer-bribes'), api.docs.get('ferrer-charged'), api.docs.get('ferrer-es'), api.docs.get('ferrer-footballer')].sort());
      const es = body.items.find((h: { id: number }) => h.id === api.docs.get('ferrer-es'));
      expect(es.snippet.filter((p: { match: boolean }) => p.match).map((p: { text: string }) => p.text)).toEqual(['LUCIA', 'FERRER']);
      expect(es.snippet.map((p: { text: string }) => p.text).join('')).not.toContain('[');
      const none = await api.get('/api/search?q=%3F%3F');
      expect(none.status).toBe(400);
      expectErrorBody(none.body, 'invalid_input');
    });

    it('lists the timeline of everything or of one entity, by type and date, latest first', async () => {
      const all = (await api.get('/api/timeline?limit=200')).body;
      expect(all.entity).toBeNull();
      const dates = all.items.map((i: { date: string }) => i.date);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(all.items.filter((i: { type: string }) => i.type === 'report')).toHaveLength(9);
      const mine = (await api.get(`/api/timeline?entity=${ferrer}&types=allegation,event`)).body;
      expect(mine.entity).toMatchObject({ id: ferrer });
      expect(mine.items.map((i: { type: string; kind: string; date: string }) => `${i.date} ${i.type} ${i.kind}`)).toEqual([
        '2025-07-01 allegation electoral', '2025-07-01 allegation organized_crime', '2025-06-10 allegation corruption',
        '2025-06-10 event charge', '2025-04-02 allegation corruption', '2025-04-02 allegation organized_crime',
      ]);
      const range = (await api.get(`/api/timeline?entity=${ferrer}&from=2025-06&to=2025-06`)).body;
      expect(new Set(range.items.map((i: { date: string }) => i.date))).toEqual(new Set(['2025-06-10']));
      const bad = await api.get('/api/timeline?types=event,gossip');
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('gossip');
    });
  });

  describe('the graph', () => {
    it('links an entity by typed edges, each with the words behind it', async () => {
      const { status, body } = await api.get(`/api/entities/${ferrer}/graph`);
      expect(status).toBe(200);
      const name = new Map(body.nodes.map((n: { id: number; name: string }) => [n.id, n.name]));
      const edges = body.edges.map((e: { type: string; source: number; target: number }) => `${name.get(e.source)} ${e.type} ${name.get(e.target)}`);
      expect(edges).toEqual(expect.arrayContaining([
        'Lucía Ferrer Montes member_of Partido Azul',
        'Lucía Ferrer Montes position_in Tamarindo',
        'Lucía Ferrer Montes alleged_link Golfo Norte Cartel',
        'Lucía Ferrer Montes responded_to Prosecutors in Tamarindo',
      ]));
      expect(edges.some((e: string) => e.includes('co_mention'))).toBe(true);
      const cartel = body.nodes.find((n: { name: string }) => n.name === 'Golfo Norte Cartel').id;
      const link = body.edges.find((e: { type: string; target: number }) => e.type === 'alleged_link' && e.target === cartel);
      expect(link.weight).toBe(2);
      expect(link.evidence.map((e: { note: string }) => e.note)).toEqual(expect.arrayContaining(['organized crime (unverified)', 'organized crime (disputed)']));
      const doc = (await api.get(`/api/documents/${link.evidence[0].documentId}`)).body.document;
      expect(doc.text.slice(link.evidence[0].span.start, link.evidence[0].span.end)).toBe(link.evidence[0].quote);
      expect(body.nodes.find((n: { center: boolean }) => n.center).id).toBe(ferrer);
    });
  });
});
