// SQLite passes the store contract on a real database file, and keeps its data across reopening.
import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../contract/store.case.js';
import { TempSqlite } from '../contract/test-stores.js';
import { docEntity, hashOf, newEntity, planA, planB } from '../contract/plans.js';
import type { DocumentPlan } from '../document-plan.js';
import type { Store } from '../store.js';
import { findCandidatesMany } from '../sql/entities.js';
import { CACHE_ENTRIES, CandidateCache } from '../sql/candidate-cache.js';
import { SQLITE_DIALECT } from './sqlite-store.js';

/** A short report naming Ferrer (known) and one new person, published on the given day. */
function mentionPlan(n: number, ferrer: number, published: string | null): DocumentPlan {
  const text = `Governor Lucía Ferrer met Person${n} Example in report ${n}.`;
  return {
    document: { contentHash: hashOf(text), sourceId: null, url: null, title: `report ${n}`, outlet: null, published, language: 'en', format: 'text', text },
    replaces: null,
    extractorVersion: 'test-1',
    newEntities: [newEntity('p', 'person', `Person${n} Example`)],
    indexAdditions: [],
    docEntities: [docEntity(text, 'e1', { id: ferrer }, 'person', 'Lucía Ferrer'), docEntity(text, 'e2', { ref: 'p' }, 'person', `Person${n} Example`)],
    allegations: [], responses: [], events: [], candidates: [],
  };
}

const temp = new TempSqlite();
afterAll(() => temp.cleanup());

/** Runs `test` with two connections to one new database file, closing both afterwards. */
async function twoConnections(test: (one: Store, other: Store) => Promise<void>): Promise<void> {
  const path = temp.nextPath();
  const one = await temp.open(path);
  const other = await temp.open(path);
  try {
    await test(one, other);
  } finally {
    await one.close();
    await other.close();
  }
}

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

  it('keeps candidate profiles across documents, follows its own writes and sees another connection\'s', () => twoConnections(async (one, other) => {
    const a = await one.saveDocument(planA());
    const ferrer = a.entityIds.p1!;
    const names = async () => [...(await one.findCandidates('person', ['p:lucia|ferrer']))[0]!.names].sort();
    expect(await names()).toEqual(['Ferrer', 'Lucía Ferrer Montes']);
    // Its own write, in a batch: the added name and the new person's key are seen at once.
    const b = await one.inBatch((batch) => batch.inBatch(async (doc) => {
      const saved = await doc.saveDocument(planB(ferrer, a.entityIds.l1!));
      expect([...(await doc.findCandidates('person', ['p:lucia|ferrer']))[0]!.names].sort()).toEqual(['Ferrer', 'Lucía Ferrer', 'Lucía Ferrer Montes']);
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
  }));

  it('adds the entities a write puts under a blocking key to the list it holds, in id order, as a fresh read finds them', () => twoConnections(async (one, other) => {
    const ferrer = (await one.saveDocument(planA())).entityIds.p1!;
    const ids = async (store: Store) => (await store.findCandidates('person', ['s:example'])).map((c) => c.id);
    expect(await ids(one)).toEqual([]);
    const written: number[] = [];
    await one.inBatch(async (batch) => {
      for (let n = 0; n < 3; n++) {
        const plan = mentionPlan(n, ferrer, '2025-01-01');
        plan.newEntities[0]!.keys.push('s:example');
        written.push((await batch.inBatch((doc) => doc.saveDocument(plan))).entityIds.p!);
        expect(await ids(batch)).toEqual(written);
      }
      // Ferrer learns the key too: it comes first, by its id.
      await batch.inBatch((doc) => doc.saveDocument({ ...mentionPlan(9, ferrer, null), newEntities: [], docEntities: [],
        indexAdditions: [{ entityId: ferrer, keys: ['s:example'], names: [], roles: [] }] }));
      expect(await ids(batch)).toEqual([ferrer, ...written]);
    });
    expect(await ids(other)).toEqual([ferrer, ...written]);
  }));

  it('counts co-mentions in an entity\'s latest documents from the cache as it writes, rolls back and sees another connection\'s writes', () => twoConnections(async (one, other) => {
    const ferrer = (await one.saveDocument(planA())).entityIds.p1!;
    const met: number[] = [];
    // Reports arrive out of date order, some on the same day, some undated (reported on the
    // day they are stored), written by either connection: more than the 50 latest that count.
    for (let n = 0; n < 70; n++) {
      const published = n % 9 === 4 ? null : `2024-${String(1 + ((n * 7) % 12)).padStart(2, '0')}-${String(1 + ((n * 5) % 3)).padStart(2, '0')}`;
      const writer = n % 10 === 3 ? other : one;
      met.push((await writer.saveDocument(mentionPlan(n, ferrer, published))).entityIds.p!);
      // `one` counted before (its cache holds Ferrer's latest documents); `other` reads afresh
      // (the first connection's commits dropped its cache).
      expect(await one.coMentionCount(ferrer, met)).toBe(await other.coMentionCount(ferrer, met));
    }
    expect(await one.coMentionCount(ferrer, met)).toBe(48);
    // A document rolled back leaves no trace in the counts (its new person's id is drawn again).
    await expect(one.inBatch((batch) => batch.inBatch(async (doc) => {
      const saved = await doc.saveDocument(mentionPlan(100, ferrer, '2030-01-01'));
      expect(await doc.coMentionCount(ferrer, [saved.entityIds.p!])).toBe(1);
      throw new Error('undone');
    }))).rejects.toThrow('undone');
    const next = (await other.saveDocument(mentionPlan(101, ferrer, '2000-01-01'))).entityIds.p!;
    expect(await one.coMentionCount(ferrer, [next])).toBe(0);
    const again = (await one.saveDocument(mentionPlan(102, ferrer, '2031-01-01'))).entityIds.p!;
    expect(await one.coMentionCount(ferrer, [again, next])).toBe(1);
  }));

  it('asks the data version again in each batch: another connection\'s commit between batches is seen', () => twoConnections(async (one, other) => {
    const a = await one.saveDocument(planA());
    const ferrer = a.entityIds.p1!;
    const names = (store: Store) => store.findCandidates('person', ['p:lucia|ferrer']).then((c) => c[0]!.names);
    // A batch that wrote stops asking (no one else can commit until it ends) ...
    await one.inBatch(async (batch) => {
      expect(await names(batch)).not.toContain('La Gobernadora');
      await batch.inBatch((doc) => doc.saveDocument(planB(ferrer, a.entityIds.l1!)));
      expect(await names(batch)).toContain('Lucía Ferrer');
    });
    await other.replaceEntityIndex(ferrer, {
      keys: ['p:lucia|ferrer'], names: [{ name: 'La Gobernadora', folded: 'la gobernadora' }], roles: [],
    });
    // ... and the next batch asks again.
    await one.inBatch(async (batch) => {
      expect(await names(batch)).toContain('La Gobernadora');
      const plan = mentionPlan(1, ferrer, '2025-07-01');
      await batch.inBatch((doc) => doc.saveDocument(plan));
      expect(await names(batch)).toContain('La Gobernadora');
    });
    expect(await names(one)).toContain('La Gobernadora');
  }));
});

describe('candidate profiles packed past the most recently used', () => {
  it('reads the same candidates, names and roles from packed profiles as from the database', async () => {
    const store = await temp.open();
    try {
      const a = await store.saveDocument(planA());
      await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
      const requests = [
        { kind: 'person', keys: ['p:lucia|ferrer'] }, { kind: 'person', keys: ['p:tomas|ibarra'] },
        { kind: 'person', keys: ['p:bruno|salas'] }, { kind: 'place', keys: ['x:tamarindo'] },
        { kind: 'organization', keys: ['x:partido azul', 'x:golfo norte cartel'] },
      ];
      const fresh = await findCandidatesMany(store.db, SQLITE_DIALECT, requests);
      expect(fresh.map((list) => list.length)).toEqual([1, 1, 1, 1, 2]);
      expect(fresh[0]![0]!.roles.length).toBeGreaterThan(0);
      expect(fresh[4]![0]!.orgType).toBe('political_party');
      // One profile object kept: reading the requests one by one, twice, unpacks all the others.
      const cache = new CandidateCache(CACHE_ENTRIES, 1);
      for (let round = 0; round < 2; round++) {
        for (const [i, r] of requests.entries()) {
          expect(await findCandidatesMany(store.db, SQLITE_DIALECT, [r], 50, cache)).toEqual([fresh[i]]);
        }
      }
      expect(cache.profiles.size).toBeGreaterThan(1);
    } finally {
      await store.close();
    }
  });
});
