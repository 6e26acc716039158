// The store contract: one suite every Store implementation must pass, called in a few lines
// from each adapter's test (sqlite/sqlite-store.test.ts, postgres/postgres-store.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store.js';
import type { DocumentPlan } from '../document-plan.js';
import { TEXT_A, hashOf, newEntity, planA, planB, span } from './plans.js';
import { collect, listContract, rejects } from './lists.case.js';

export interface ContractTarget {
  name: string;
  /** A new, empty, migrated store. */
  open(): Promise<Store>;
}

const actor = { actor: 'ana', reason: 'contract test' };

export function storeContract(target: ContractTarget): void {
  describe(`Store contract: ${target.name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await target.open(); });
    afterEach(async () => { await store.close(); });

    listContract(() => store);

    describe('documents and facts', () => {
      it('stores a document with its extraction and finds it by hash, id and words', async () => {
        const saved = await store.saveDocument(planA());
        expect(Object.keys(saved.entityIds).sort()).toEqual(['l1', 'o1', 'o2', 'p1', 'p2']);
        const byHash = await store.findDocumentByHash(hashOf(TEXT_A));
        expect(byHash).toMatchObject({ id: saved.documentId, title: 'Governor accused of cartel bribes', extractorVersion: 'test-1', published: '2025-04-02' });
        expect((await store.getDocument(saved.documentId))?.text).toBe(TEXT_A);
        expect(await store.countDocuments()).toBe(1);
        expect((await store.listDocuments()).map((d) => d.id)).toEqual([saved.documentId]);
        const linked = await store.documentEntities(saved.documentId);
        expect(linked.map((l) => [l.localId, l.entity.id, l.resolution])).toEqual([
          ['e1', saved.entityIds.p1, 'new'], ['e2', saved.entityIds.o1, 'new'], ['e3', saved.entityIds.o2, 'new'],
          ['e4', saved.entityIds.l1, 'new'], ['e5', saved.entityIds.p2, 'new'], ['e6', saved.entityIds.p1, 'new'],
        ]);

        const hits = await store.searchDocuments('LUCIA ferrer');
        expect(hits.map((h) => h.id)).toEqual([saved.documentId]);
        expect(hits[0]!.snippet).toContain('[Lucía] [Ferrer]');
        expect(await store.searchDocuments('ferrer embezzlement')).toEqual([]);
        expect(await store.searchDocuments('"; drop table documents; --')).toEqual([]);
      });

      it('reports threads, sources, responses, events, positions and parties with provenance', async () => {
        const a = await store.saveDocument(planA());
        const ferrer = a.entityIds.p1!;
        const b = await store.saveDocument(planB(ferrer, a.entityIds.l1!));
        const ids = await store.entityMembers(ferrer);
        expect(ids).toEqual([ferrer]);

        const threads = await store.threadSummaries(ids);
        expect(threads.map((t) => [t.category, t.reportCount, t.documentCount])).toEqual([['corruption', 2, 2], ['organized_crime', 1, 1]]);
        expect(threads.find((t) => t.category === 'corruption')).toMatchObject({ firstReported: '2025-04-02', lastReported: '2025-06-10' });

        const reports = await store.allegationReports(ids, 'corruption');
        expect(reports.map((r) => r.documentId)).toEqual([b.documentId, a.documentId]);
        expect(reports[0]!.sources).toEqual([
          { kind: 'named', entity: { id: b.entityIds.g1, kind: 'group', name: 'Prosecutors in Tamarindo' }, count: null, description: 'prosecutors' },
          { kind: 'document', entity: null, count: null, description: 'court filings' },
        ]);
        expect(reports[1]).toMatchObject({ verification: 'unverified', extractorVersion: 'test-1', span: { start: 0 } });
        expect(TEXT_A.slice(reports[1]!.span.start, reports[1]!.span.end)).toBe(reports[1]!.quote);

        const responses = await store.responsesIn([a.documentId, b.documentId]);
        expect(responses.map((r) => [r.documentId, r.by.id, r.stance, r.allegations])).toEqual([
          [a.documentId, ferrer, 'denies', ['a1', 'a2']], [b.documentId, ferrer, 'no_response', []],
        ]);
        expect((await store.responsesBy(ids)).map((r) => r.stance)).toEqual(['no_response', 'denies']);
        const subjects = await store.allegationSubjectsIn([a.documentId]);
        expect(subjects.map((s) => [s.allegationId, s.subject.id])).toEqual(expect.arrayContaining([['a1', ferrer], ['a2', ferrer]]));

        const aideEvents = await store.eventReports([a.entityIds.p2!]);
        expect(aideEvents).toHaveLength(1);
        expect(aideEvents[0]).toMatchObject({ kind: 'arrest', date: '2025-03', place: { id: a.entityIds.l1, name: 'Tamarindo' } });
        expect(aideEvents[0]!.targets.map((t) => t.name)).toEqual(['Bruno Salas']);
        const ferrerEvents = await store.eventReports(ids);
        expect(ferrerEvents.map((e) => [e.kind, e.actors.map((x) => x.name)])).toEqual([['charge', ['Prosecutors in Tamarindo']]]);

        const positions = await store.positionSummaries(ids);
        expect(positions.map((p) => [p.title, p.status, p.reports, p.lastReported])).toEqual([
          ['governor', 'former', 1, '2025-06-10'], ['governor', 'current', 1, '2025-04-02'],
        ]);
        expect(positions[1]!.latest).toMatchObject({ documentId: a.documentId, quote: 'Lucía Ferrer Montes', extractorVersion: 'test-1' });
        const parties = await store.partySummaries(ids);
        expect(parties.map((p) => [p.party.name, p.reports, p.firstReported])).toEqual([['Partido Azul', 1, '2025-04-02']]);

        const co = await store.coMentioned(ids);
        expect(co.find((c) => c.name === 'Tamarindo')?.documents).toBe(2);
        expect(co.some((c) => c.id === ferrer)).toBe(false);
        expect((await store.entityDocuments(ids)).map((d) => d.documentId)).toEqual([b.documentId, a.documentId]);
        expect(await store.countEntityDocuments(ids)).toBe(2);
      });

      it('lists entities with aliases and finds candidates by key', async () => {
        const a = await store.saveDocument(planA());
        await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
        const ferrer = await store.getEntity(a.entityIds.p1!);
        expect(ferrer).toMatchObject({ kind: 'person', name: 'Lucía Ferrer Montes', country: 'MX', documentCount: 2, mergedInto: null });
        expect(ferrer!.aliases.sort()).toEqual(['Ferrer', 'Lucía Ferrer']);
        expect((await store.listEntities({ kind: 'person' })).map((e) => e.name)).toEqual(['Lucía Ferrer Montes', 'Bruno Salas', 'Tomás Ibarra']);
        expect((await store.listEntities({ q: 'FERRER' })).map((e) => e.id)).toEqual([a.entityIds.p1]);
        expect(await store.listEntities({ q: 'ferrer', kind: 'place' })).toEqual([]);

        const found = await store.findCandidates('person', ['p:lucia|ferrer', 'p:nobody|here']);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ id: a.entityIds.p1, name: 'Lucía Ferrer Montes', country: 'MX' });
        expect(found[0]!.names).toEqual(expect.arrayContaining(['Lucía Ferrer Montes', 'Lucía Ferrer', 'Ferrer']));
        expect(found[0]!.roles).toEqual([{ title: 'governor', jurisdiction: 'tamarindo' }]);
        expect(await store.findCandidates('organization', ['p:lucia|ferrer'])).toEqual([]);
        expect(await store.coMentionCount(a.entityIds.p1!, [a.entityIds.l1!, a.entityIds.o2!])).toBe(2);
      });

      it('caps what a common key brings: its oldest entities of the kind asked for, each answered for by the entity it was merged into', async () => {
        const text = 'A crowd of namesakes.';
        const n = (prefix: string, count: number, kind: string, keys: string[]) =>
          Array.from({ length: count }, (_, i) => newEntity(`${prefix}${i}`, kind, `${prefix} ${i}`, { keys: [...keys] }));
        const saved = await store.saveDocument({
          document: { contentHash: hashOf(text), sourceId: null, url: null, title: 'crowd', outlet: null, published: '2025-01-01', language: 'en', format: 'text', text },
          replaces: null, extractorVersion: 'test-1', indexAdditions: [], docEntities: [], allegations: [], responses: [], events: [], candidates: [],
          newEntities: [...n('o', 5, 'organization', ['k:shared', 's:lopez']), ...n('m', 195, 'organization', ['k:shared']),
            ...n('p', 60, 'person', ['k:shared', 's:lopez']), ...n('q', 10, 'person', ['k:other'])],
        });
        const id = (ref: string) => saved.entityIds[ref]!;
        const ids = async (kind: string, keys: string[]) => (await store.findCandidates(kind, keys)).map((c) => c.id);
        const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from }, (_, i) => id(`${prefix}${from + i}`));
        // A key is read up to four times the limit of 50: its first 200 entities are organizations.
        expect(await ids('person', ['k:shared'])).toEqual([]);
        // A larger limit reads further (four times 100), also after the call above read the key.
        expect((await store.findCandidates('person', ['k:shared'], 100)).map((c) => c.id)).toEqual(range('p', 0, 60));
        expect(await ids('person', ['k:shared', 'k:other'])).toEqual(range('q', 0, 10));
        expect(await ids('organization', ['k:shared'])).toEqual([...range('o', 0, 5), ...range('m', 0, 45)]);
        // A lone surname is read up to the limit: 5 organizations and 45 persons.
        expect(await ids('person', ['s:lopez'])).toEqual(range('p', 0, 45));
        await store.mergeEntities(id('q0'), id('p0'), actor);
        expect(await ids('person', ['s:lopez'])).toEqual([id('q0'), ...range('p', 1, 45)]);
        expect(await ids('person', ['s:lopez', 'k:other'])).toEqual([id('q0'), ...range('p', 1, 45), ...range('q', 1, 6)]);
      });

      it('finds an older entity that learns a common key after the key was read', async () => {
        const doc = (text: string, rest: Partial<DocumentPlan>) => store.saveDocument({
          document: { contentHash: hashOf(text), sourceId: null, url: null, title: text, outlet: null, published: '2025-01-02', language: 'en', format: 'text', text },
          replaces: null, extractorVersion: 'test-1', indexAdditions: [], docEntities: [], allegations: [], responses: [], events: [], candidates: [], newEntities: [],
          ...rest,
        });
        const old = (await doc('An older one.', { newEntities: [newEntity('z', 'person', 'Zoe Old', { keys: ['k:zoe'] })] })).entityIds.z!;
        const crowd = await doc('Many namesakes.', { newEntities: Array.from({ length: 210 }, (_, i) => newEntity(`c${i}`, 'person', `Many ${i}`, { keys: ['k:many'] })) });
        const first = Array.from({ length: 50 }, (_, i) => crowd.entityIds[`c${i}`]!);
        expect((await store.findCandidates('person', ['k:many'])).map((c) => c.id)).toEqual(first);
        expect((await store.findCandidates('person', ['k:zoe'])).map((c) => c.id)).toEqual([old]);
        // A later report gives the older entity that key (a store that keeps what it read updates
        // the key's list instead of reading it again): it comes first now.
        await doc('Zoe is one of many.', { indexAdditions: [{ entityId: old, keys: ['k:many'], names: [], roles: [] }] });
        expect((await store.findCandidates('person', ['k:many'])).map((c) => c.id)).toEqual([old, ...first.slice(0, 49)]);
      });

      it('writes nothing when a document fails part-way', async () => {
        const plan = planA();
        plan.docEntities.push({ ...plan.docEntities[0]!, localId: 'e9', entity: { ref: 'nope' } });
        await expect(store.saveDocument(plan)).rejects.toThrow();
        expect(await store.countDocuments()).toBe(0);
        expect(await store.findDocumentByHash(plan.document.contentHash)).toBeNull();
        expect(await store.listEntities()).toEqual([]);
        expect(await store.searchDocuments('Ferrer')).toEqual([]);
        const dup = planA();
        await store.saveDocument(dup);
        await expect(store.saveDocument(planA())).rejects.toThrow();
        expect(await store.countDocuments()).toBe(1);
      });

      it('commits a batch together, skipping a document that fails inside it whole', async () => {
        const badPlan = () => {
          const plan = planA('test-1', `${TEXT_A} Bad.`);
          plan.docEntities.push({ ...plan.docEntities[0]!, localId: 'e9', entity: { ref: 'nope' } });
          return plan;
        };
        await store.inBatch(async (batch) => {
          const a = await batch.inBatch((one) => one.saveDocument(planA()));
          await expect(batch.inBatch((one) => one.saveDocument(badPlan()))).rejects.toThrow();
          // A failed statement inside the batch leaves it usable (PostgreSQL aborts the transaction otherwise).
          await expect(batch.inBatch((one) => one.saveDocument(planA()))).rejects.toThrow();
          await batch.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
          expect(await batch.countDocuments()).toBe(2);
        });
        expect(await store.countDocuments()).toBe(2);
        expect(await store.findDocumentByHash(badPlan().document.contentHash)).toBeNull();
        expect((await store.listEntities({ limit: 100 })).map((e) => e.name).sort()).toEqual(
          ['Bruno Salas', 'Golfo Norte cartel', 'Lucía Ferrer Montes', 'Partido Azul', 'Prosecutors in Tamarindo', 'Tamarindo', 'Tomás Ibarra']);

        // A batch that throws leaves nothing of itself.
        const before = await store.listEntities({ limit: 100 });
        await expect(store.inBatch(async (batch) => {
          await batch.saveDocument(planA('other-1', `${TEXT_A} Again.`));
          throw new Error('stop');
        })).rejects.toThrow('stop');
        expect(await store.countDocuments()).toBe(2);
        expect(await store.listEntities({ limit: 100 })).toEqual(before);
      });

      it('replaces one extractor version with another and removes entities left unmentioned', async () => {
        const a = await store.saveDocument(planA('old-1'));
        const next = planA('new-2');
        next.replaces = { documentId: a.documentId, extractorVersion: 'old-1' };
        // The new extraction no longer sees the aide, and finds the governor under her existing id.
        next.newEntities = next.newEntities.filter((e) => e.ref !== 'p2' && e.ref !== 'p1');
        next.docEntities = next.docEntities.filter((e) => e.localId !== 'e5').map((e) => (e.localId === 'e1' || e.localId === 'e6' ? { ...e, entity: { id: a.entityIds.p1! } } : e));
        next.events = [];
        const saved = await store.saveDocument(next);
        expect(saved.documentId).toBe(a.documentId);
        expect(saved.removedEntities).toBeGreaterThanOrEqual(1);
        expect(await store.getEntity(a.entityIds.p2!)).toBeNull();
        expect(await store.countDocuments()).toBe(1);
        expect((await store.getDocument(a.documentId))?.extractorVersion).toBe('new-2');
        // Summaries count the replacement once, not on top of the replaced extraction.
        expect((await store.threadSummaries([a.entityIds.p1!])).map((t) => [t.category, t.reportCount, t.documentCount])).toEqual([['corruption', 1, 1], ['organized_crime', 1, 1]]);
        expect(await store.countEntityDocuments([a.entityIds.p1!])).toBe(1);
        const reports = await store.allegationReports([a.entityIds.p1!], 'corruption');
        expect(reports.map((r) => r.extractorVersion)).toEqual(['new-2']);
        expect(await store.eventReports([a.entityIds.p1!])).toEqual([]);
        expect((await store.documentsNotExtractedBy('new-2', 0, 10))).toEqual([]);
        expect((await store.documentsNotExtractedBy('newer-3', 0, 10)).map((d) => d.id)).toEqual([a.documentId]);
      });
    });

    describe('analyst decisions', () => {
      it('merges, lists the merge with who and why, and undoes it', async () => {
        const a = await store.saveDocument(planA());
        const b = await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
        const ferrer = a.entityIds.p1!;
        const ibarra = b.entityIds.p3!;
        expect((await store.mergeCandidates({ status: 'open' })).map((c) => [c.entity.id, c.candidate.id])).toEqual([[ibarra, ferrer]]);

        const merge = await store.mergeEntities(ferrer, ibarra, actor);
        expect(merge).toMatchObject({ action: 'merge', actor: 'ana', reason: 'contract test', undoneAt: null });
        expect(await store.canonicalId(ibarra)).toBe(ferrer);
        expect((await store.entityMembers(ferrer)).sort((x, y) => x - y)).toEqual([ferrer, ibarra].sort((x, y) => x - y));
        expect((await store.getEntity(ibarra))?.mergedInto).toBe(ferrer);
        expect((await store.listEntities({ kind: 'person' })).map((e) => e.id)).not.toContain(ibarra);
        expect((await store.listEntities({ q: 'ibarra' })).map((e) => e.id)).toEqual([ferrer]);
        expect((await store.getEntity(ferrer))?.aliases).toContain('Tomás Ibarra');
        expect((await store.findCandidates('person', ['p:tomas|ibarra'])).map((c) => c.id)).toEqual([ferrer]);
        // Counted together, each entity as alone; Ferrer now answers for Ibarra's document too.
        const others = [b.entityIds.g1!, a.entityIds.o2!, a.entityIds.p2!];
        expect(await store.coMentionCounts([ferrer, a.entityIds.p2!, b.entityIds.g1!, a.entityIds.l1!], others)).toEqual([3, 2, 1, 3]);
        expect(await store.coMentionCount(a.entityIds.p2!, others)).toBe(2);
        expect(await store.mergeCandidates({ status: 'open' })).toEqual([]);
        await rejects(store.mergeEntities(ferrer, ibarra, actor), 'conflict');
        await rejects(store.mergeEntities(ferrer, a.entityIds.l1!, actor), 'invalid_input');
        await rejects(store.mergeEntities(ferrer, 99999, actor), 'not_found');
        await rejects(store.mergeEntities(ferrer, a.entityIds.p2!, { actor: 'ana', reason: ' ' }), 'invalid_input');

        const undo = await store.undoDecision(merge.id, { actor: 'bo', reason: 'different people' });
        expect(undo).toMatchObject({ action: 'undo', payload: { decision: merge.id }, actor: 'bo' });
        expect(await store.canonicalId(ibarra)).toBe(ibarra);
        expect((await store.mergeCandidates({ status: 'open' }))).toHaveLength(1);
        const log = await store.listDecisions();
        expect(log.map((d) => [d.action, d.actor, d.undoneBy])).toEqual([['undo', 'bo', null], ['merge', 'ana', 'bo']]);
        await rejects(store.undoDecision(merge.id, actor), 'conflict');
        await rejects(store.undoDecision(undo.id, actor), 'invalid_input');
      });

      it('splits documents off an entity, keeps the split through re-extraction, and undoes it', async () => {
        const a = await store.saveDocument(planA());
        const b = await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
        const ferrer = a.entityIds.p1!;
        const rows = await store.docEntitiesOf(ferrer, [b.documentId]);
        expect(rows.map((r) => [r.localId, r.name, r.roles])).toEqual([['e1', 'Lucía Ferrer', [{ title: 'governor', jurisdiction: 'Tamarindo' }]]]);
        await rejects(store.splitEntity(ferrer, [a.documentId, b.documentId], { kind: 'person', name: 'X', country: null, orgType: null, keys: [], names: [], roles: [] }, actor), 'invalid_input');

        const split = await store.splitEntity(ferrer, [b.documentId], {
          kind: 'person', name: 'Lucía Ferrer', country: null, orgType: null, keys: ['p:lucia|ferrer'], names: [{ name: 'Lucía Ferrer', folded: 'lucia ferrer' }], roles: [],
        }, actor);
        const to = split.payload.to as number;
        expect((await store.getEntity(to))).toMatchObject({ name: 'Lucía Ferrer', origin: 'analyst', documentCount: 1 });
        expect(await store.countEntityDocuments([ferrer])).toBe(1);
        expect((await store.analystAssignments(b.documentId)).map((r) => [r.localId, r.entityId])).toEqual([['e1', to]]);
        expect((await store.threadSummaries([to])).map((t) => t.category)).toEqual(['corruption']);

        await store.replaceEntityIndex(ferrer, { keys: ['p:lucia|ferrer'], names: [{ name: 'Lucía Ferrer Montes', folded: 'lucia ferrer montes' }], roles: [] });
        expect((await store.getEntity(ferrer))?.aliases).toEqual([]);

        await store.undoDecision(split.id, actor);
        expect(await store.countEntityDocuments([ferrer])).toBe(2);
        expect(await store.canonicalId(to)).toBe(ferrer);
        expect(await store.analystAssignments(b.documentId)).toEqual([]);
      });

      it('records and rejects merge candidates', async () => {
        const a = await store.saveDocument(planA());
        await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
        const [c] = await store.mergeCandidates({ entityId: a.entityIds.p1! });
        expect(c).toMatchObject({ level: 'test', reason: 'contract test candidate', status: 'open' });
        await store.rejectCandidate(c!.id);
        expect((await store.mergeCandidates({ entityId: a.entityIds.p1! }))[0]!.status).toBe('rejected');
        await rejects(store.rejectCandidate(c!.id), 'not_found');
      });
    });

    it('keeps its summaries equal to a recount from the facts through writes, splits, merges and replacements', async () => {
      const a = await store.saveDocument(planA());
      const b = await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
      const ferrer = a.entityIds.p1!;
      const split = await store.splitEntity(ferrer, [b.documentId], { kind: 'person', name: 'Lucía Ferrer', country: null, orgType: null, keys: [], names: [], roles: [] }, actor);
      const to = split.payload.to as number;
      await store.undoDecision(split.id, actor);
      const again = await store.splitEntity(ferrer, [b.documentId], { kind: 'person', name: 'Lucía Ferrer', country: null, orgType: null, keys: [], names: [], roles: [] }, actor);
      await store.mergeEntities(ferrer, again.payload.to as number, actor);
      const next = planA('new-2');
      next.replaces = { documentId: a.documentId, extractorVersion: 'test-1' };
      next.newEntities = next.newEntities.filter((e) => e.ref !== 'p1');
      next.docEntities = next.docEntities.map((e) => (e.localId === 'e1' || e.localId === 'e6' ? { ...e, entity: { id: ferrer } } : e));
      next.allegations = next.allegations.slice(0, 1);
      await store.saveDocument(next);

      const entities = [ferrer, to, b.entityIds.p3!, a.entityIds.l1!, b.entityIds.g1!];
      const snapshot = async () => Promise.all(entities.map(async (id) => {
        const ids = await store.entityMembers(id);
        return [await store.threadSummaries(ids), await store.positionSummaries(ids), await store.partySummaries(ids), await store.countEntityDocuments(ids)];
      }));
      const kept = await snapshot();
      await store.rebuildSummaries();
      expect(await snapshot()).toEqual(kept);
      expect((kept[0]![0] as { category: string; reportCount: number }[]).map((t) => [t.category, t.reportCount])).toEqual([['corruption', 2]]);
    });

    describe('knowledge base as a screening list', () => {
      it('yields canonical persons with their aliases, countries and roles as list entries', async () => {
        const a = await store.saveDocument(planA());
        const b = await store.saveDocument(planB(a.entityIds.p1!, a.entityIds.l1!));
        await store.mergeEntities(a.entityIds.p1!, b.entityIds.p3!, actor);
        const persons = await collect(store.knowledgeBasePersons());
        expect(persons.map((p) => p.name)).toEqual(['Lucía Ferrer Montes', 'Bruno Salas']);
        const ferrer = persons[0]!;
        expect(ferrer).toMatchObject({ id: String(a.entityIds.p1), kind: 'person', countries: ['MX'], birthDates: [], programs: [] });
        expect(ferrer.aliases).toEqual(expect.arrayContaining(['Ferrer', 'Lucía Ferrer', 'Tomás Ibarra']));
        expect(ferrer.remarks).toContain('governor');
        expect(await collect(store.listEntries('kb'))).toEqual(persons);
        expect(await store.getList('kb')).toMatchObject({ name: 'kb', format: 'kb', entryCount: 2 });
      });
    });

    it('keeps text spans exact for non-ASCII text', async () => {
      const text = `${TEXT_A} Él dijo: «Ñandú 🦜 Muñoz» negó todo.`;
      const plan = planA('test-1', text);
      plan.responses.push({ localId: 'r2', by: 'e1', stance: 'denies', allegations: [], span: span(text, '«Ñandú 🦜 Muñoz» negó todo') });
      const saved = await store.saveDocument(plan);
      const r = (await store.responsesIn([saved.documentId])).find((x) => x.responseId === 'r2')!;
      expect(text.slice(r.span.start, r.span.end)).toBe('«Ñandú 🦜 Muñoz» negó todo');
      expect(r.quote).toBe('«Ñandú 🦜 Muñoz» negó todo');
      expect((await store.searchDocuments('nandu munoz')).map((h) => h.id)).toEqual([saved.documentId]);
    });
  });
}
