// PostgreSQL passes the same store contract, on the real server, in a database made for this run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeContract } from '../contract/store.case.js';
import { TempPostgres } from '../contract/test-stores.js';
import { planA, planB } from '../contract/plans.js';
import { openPostgresStore } from './postgres-store.js';

const pg = new TempPostgres();
beforeAll(() => pg.create());
afterAll(() => pg.drop());

storeContract({ name: 'postgres', open: () => pg.open() });

describe('PostgreSQL candidate reads', () => {
  it('keep what a document\'s lookup read only for that document: the next lookup sees another connection\'s changes', async () => {
    const url = await pg.url();
    const one = await openPostgresStore(url);
    const other = await openPostgresStore(url);
    try {
      const a = await one.saveDocument(planA());
      const ferrer = a.entityIds.p1!;
      const lookup = () => one.findCandidates('person', ['p:lucia|ferrer']).then((c) => c[0]!);
      expect((await lookup()).names).not.toContain('La Gobernadora');
      expect(await one.coMentionCount(ferrer, [a.entityIds.l1!])).toBe(1);
      await other.replaceEntityIndex(ferrer, {
        keys: ['p:lucia|ferrer'], names: [{ name: 'La Gobernadora', folded: 'la gobernadora' }], roles: [],
      });
      const b = await other.saveDocument(planB(ferrer, a.entityIds.l1!));
      const found = await lookup();
      expect(found.names).toContain('La Gobernadora');
      expect(found.roles).toEqual([{ title: 'governor', jurisdiction: 'tamarindo' }]);
      expect(await one.coMentionCount(ferrer, [b.entityIds.p3!])).toBe(1);
    } finally {
      await one.close();
      await other.close();
    }
  });
});
