// SQLite passes the store contract on a real database file, and keeps its data across reopening.
import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../contract/store.case.js';
import { TempSqlite } from '../contract/test-stores.js';
import { planA, planB } from '../contract/plans.js';

const temp = new TempSqlite();
afterAll(() => temp.cleanup());

storeContract({ name: 'sqlite', open: () => temp.open() });

describe('SQLite file', () => {
  it('migrates once and reopens with its data', async () => {
    const path = temp.nextPath();
    const first = await temp.open(path);
    const saved = await first.saveDocument(planA());
    await first.close();
    const again = await temp.open(path);
    expect((await again.getDocument(saved.documentId))?.title).toBe('Governor accused of cartel bribes');
    await again.close();
  });

  it('keeps candidate profiles across documents, follows its own writes and sees another connection\'s', async () => {
    const path = temp.nextPath();
    const one = await temp.open(path);
    const other = await temp.open(path);
    try {
      const a = await one.saveDocument(planA());
      const ferrer = a.entityIds.p1!;
      const names = async () => (await one.findCandidates('person', ['p:lucia|ferrer']))[0]!.names.sort();
      expect(await names()).toEqual(['Ferrer', 'Lucía Ferrer Montes']);
      // Its own write, in a batch: the added name and the new person's key are seen at once.
      const b = await one.inBatch((batch) => batch.inBatch(async (doc) => {
        const saved = await doc.saveDocument(planB(ferrer, a.entityIds.l1!));
        expect((await doc.findCandidates('person', ['p:lucia|ferrer']))[0]!.names.sort()).toEqual(['Ferrer', 'Lucía Ferrer', 'Lucía Ferrer Montes']);
        return saved;
      }));
      const ibarra = b.entityIds.p3!;
      expect((await one.findCandidates('person', ['p:tomas|ibarra'])).map((c) => c.id)).toEqual([ibarra]);
      // A document rolled back inside a batch leaves nothing in the cache either.
      await expect(one.inBatch((batch) => batch.inBatch(async (doc) => {
        const plan = planB(ferrer, a.entityIds.l1!);
        plan.document = { ...plan.document, contentHash: `${plan.document.contentHash}-2`, sourceId: 'b-2' };
        plan.indexAdditions = [{ entityId: ferrer, keys: [], names: [{ name: 'La Gobernadora', folded: 'la gobernadora' }], roles: [] }];
        await doc.saveDocument(plan);
        expect((await doc.findCandidates('person', ['p:lucia|ferrer']))[0]!.names).toContain('La Gobernadora');
        throw new Error('undone');
      }))).rejects.toThrow('undone');
      expect(await names()).toEqual(['Ferrer', 'Lucía Ferrer', 'Lucía Ferrer Montes']);

      // Another connection's changes: a new name, roles dropped, a merge.
      await other.replaceEntityIndex(ferrer, {
        keys: ['p:lucia|ferrer', 'p:la|gobernadora'], names: [{ name: 'La Gobernadora', folded: 'la gobernadora' }], roles: [],
      });
      const found = (await one.findCandidates('person', ['p:lucia|ferrer']))[0]!;
      expect(found.names).toContain('La Gobernadora');
      expect(found.roles).toEqual([]);
      expect((await one.findCandidates('person', ['p:la|gobernadora'])).map((c) => c.id)).toEqual([ferrer]);
      await other.mergeEntities(ferrer, ibarra, { actor: 'ana', reason: 'cache test' });
      expect((await one.findCandidates('person', ['p:tomas|ibarra'])).map((c) => c.id)).toEqual([ferrer]);
      expect((await one.findCandidates('person', ['p:lucia|ferrer']))[0]!.names).toContain('Tomás Ibarra');
    } finally {
      await one.close();
      await other.close();
    }
  });
});
