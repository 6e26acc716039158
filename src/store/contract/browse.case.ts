// The browsing reads every Store implementation must serve alike: a document's stored
// extraction, filtered entity listings, counts, and the dated facts of the timeline.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import type { SaveResult } from '../document-plan.js';
import { TEXT_A, TEXT_B, planA, planB } from './plans.js';
import type { ContractTarget } from './store.case.js';
import { openStore } from '../open-store.js';

const actor = { actor: 'ana', reason: 'browse contract test' };

export function browseContract(target: ContractTarget): void {
  describe(`Store browsing contract: ${target.name}`, () => {
    let store: Store;
    let a: SaveResult;
    let b: SaveResult;
    let ferrer: number;
    beforeEach(async () => {
      store = await target.open();
      a = await store.saveDocument(planA());
      ferrer = a.entityIds.p1!;
      b = await store.saveDocument(planB(ferrer, a.entityIds.l1!));
    });
    afterEach(async () => { await store.close(); });

    it('returns a document\'s stored extraction with spans into its text and canonical entities', async () => {
      const [factsB, factsA, ...rest] = await store.documentFacts([b.documentId, a.documentId, 9999]);
      expect(rest).toEqual([]);
      expect(factsA!.documentId).toBe(a.documentId);
      expect(factsA!.extractorVersion).toBe('test-1');
      const e1 = factsA!.entities.find((e) => e.localId === 'e1')!;
      expect(e1).toMatchObject({ kind: 'person', name: 'Lucía Ferrer Montes', aliases: ['Ferrer'], entity: { id: ferrer, kind: 'person', name: 'Lucía Ferrer Montes' }, parties: ['e2'] });
      expect(e1.positions).toEqual([{ title: 'governor', jurisdiction: 'Tamarindo', status: 'current', span: e1.mentions[0], quote: 'Lucía Ferrer Montes' }]);
      // Two local entities (the full name and the surname) resolve to the same canonical one.
      expect(factsA!.entities.find((e) => e.localId === 'e6')!.entity?.id).toBe(ferrer);
      for (const e of factsA!.entities) for (const m of e.mentions) expect(TEXT_A.slice(m.start, m.end)).toBe(e.name);

      expect(factsA!.allegations.map((x) => [x.localId, x.category, x.verification, x.subjects])).toEqual([
        ['a1', 'corruption', 'unverified', ['e1']], ['a2', 'organized_crime', 'unverified', ['e1']],
      ]);
      expect(factsA!.allegations[0]!.sources).toEqual([{ kind: 'anonymous', count: 2, description: 'two sources' }]);
      for (const x of [...factsA!.allegations, ...factsA!.responses, ...factsA!.events]) expect(TEXT_A.slice(x.span.start, x.span.end)).toBe(x.quote);
      expect(factsA!.responses).toMatchObject([{ localId: 'r1', by: 'e1', stance: 'denies', allegations: ['a1', 'a2'] }]);
      expect(factsA!.events).toMatchObject([{ localId: 'v1', kind: 'arrest', actors: [], targets: ['e5'], place: 'e4', date: '2025-03', count: null }]);

      expect(factsB!.allegations[0]!.sources[0]).toEqual({ kind: 'named', entity: 'e2', description: 'prosecutors' });
      expect(factsB!.events[0]).toMatchObject({ kind: 'charge', actors: ['e2'], targets: ['e1'] });
      expect(TEXT_B.slice(factsB!.responses[0]!.span.start, factsB!.responses[0]!.span.end)).toBe('Her lawyer did not respond to requests for comment');
    });

    it('shows merged entities as the entity they were merged into', async () => {
      await store.mergeEntities(ferrer, a.entityIds.p2!, actor);
      const [facts] = await store.documentFacts([a.documentId]);
      expect(facts!.entities.find((e) => e.localId === 'e5')!.entity).toEqual({ id: ferrer, kind: 'person', name: 'Lucía Ferrer Montes' });
      expect((await store.browseEntities({ kind: 'person' })).map((e) => e.name)).toEqual(['Lucía Ferrer Montes', 'Tomás Ibarra']);
      expect(await store.entityCounts()).toEqual({ group: 1, organization: 2, person: 2, place: 1 });
    });

    it('filters entities by kind, country, party, allegation category and name, and sorts them', async () => {
      const names = async (f: Parameters<Store['browseEntities']>[0]) => (await store.browseEntities(f)).map((e) => e.name);
      expect(await names({ kind: 'person' })).toEqual(['Lucía Ferrer Montes', 'Bruno Salas', 'Tomás Ibarra']);
      expect(await names({ kind: 'person', sort: 'name' })).toEqual(['Bruno Salas', 'Lucía Ferrer Montes', 'Tomás Ibarra']);
      expect((await names({ kind: 'person', sort: 'documents' }))[0]).toBe('Lucía Ferrer Montes');
      expect(await names({ kind: 'person', country: 'mx' })).toEqual(['Lucía Ferrer Montes', 'Tomás Ibarra']);
      expect(await names({ party: a.entityIds.o1! })).toEqual(['Lucía Ferrer Montes']);
      expect(await names({ category: 'corruption' })).toEqual(['Lucía Ferrer Montes']);
      expect(await names({ category: 'violence' })).toEqual([]);
      expect(await names({ q: 'IBARRA' })).toEqual(['Tomás Ibarra']);
      expect(await names({ q: 'ferrer', kind: 'organization' })).toEqual([]);
      const all = await names({ sort: 'name' });
      expect(all).toHaveLength(7);
      expect([...await names({ sort: 'name', limit: 3 }), ...await names({ sort: 'name', limit: 3, offset: 3 }), ...await names({ sort: 'name', limit: 3, offset: 6 })]).toEqual(all);
      const ferrerRecord = (await store.browseEntities({ q: 'ferrer' }))[0]!;
      expect(ferrerRecord.documentCount).toBe(2);
    });

    it('moves its data version when another connection writes', async () => {
      const other = await openStore(store.dialect === 'sqlite' ? { db: store.location } : { pg: store.location });
      try {
        const before = await store.dataVersion();
        expect(before).toMatch(/\S/);
        // SQLite's moves only for other connections' commits; PostgreSQL's follows the whole server's log.
        if (store.dialect === 'sqlite') expect(await store.dataVersion()).toBe(before);
        await other.saveDocument(planA('test-2', `${TEXT_A} A second connection wrote this.`));
        await expect.poll(() => store.dataVersion()).not.toBe(before);
        expect(await store.countDocuments()).toBe(3);
      } finally {
        await other.close();
      }
    });

    it('lists dated facts latest first, about some entities, by type and date range, a page at a time', async () => {
      const all = await store.timelineFacts({});
      expect(all.map((f) => [f.type, f.date, f.documentId, f.kind])).toEqual([
        ['report', '2025-06-10', b.documentId, null],
        ['allegation', '2025-06-10', b.documentId, 'corruption'],
        ['event', '2025-06-10', b.documentId, 'charge'],
        ['report', '2025-04-02', a.documentId, null],
        ['allegation', '2025-04-02', a.documentId, 'corruption'],
        ['allegation', '2025-04-02', a.documentId, 'organized_crime'],
        ['event', '2025-03', a.documentId, 'arrest'],
      ]);
      const charge = all.find((f) => f.kind === 'charge')!;
      expect(charge.entities.map((e) => e.name)).toEqual(['Prosecutors in Tamarindo', 'Lucía Ferrer Montes']);
      expect(TEXT_B.slice(charge.span!.start, charge.span!.end)).toBe(charge.quote);
      expect(all.find((f) => f.kind === 'organized_crime')).toMatchObject({ verification: 'unverified', entities: [{ id: ferrer }] });

      const salas = await store.timelineFacts({ entityIds: [a.entityIds.p2!] });
      expect(salas.map((f) => [f.type, f.kind])).toEqual([['report', null], ['event', 'arrest']]);
      const ibarra = await store.timelineFacts({ entityIds: [b.entityIds.p3!], types: ['allegation', 'event'] });
      expect(ibarra).toEqual([]);
      expect((await store.timelineFacts({ types: ['event'] })).map((f) => f.kind)).toEqual(['charge', 'arrest']);
      expect((await store.timelineFacts({ from: '2025-04', to: '2025-04' })).map((f) => f.date)).toEqual(['2025-04-02', '2025-04-02', '2025-04-02']);
      expect((await store.timelineFacts({ to: '2025-03' })).map((f) => f.kind)).toEqual(['arrest']);

      const pages = [...await store.timelineFacts({ limit: 3 }), ...await store.timelineFacts({ limit: 3, offset: 3 }), ...await store.timelineFacts({ limit: 3, offset: 6 })];
      expect(pages).toEqual(all);
    });
  });
}
