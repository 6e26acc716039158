// Analyst corrections and re-extraction: merges and splits are recorded with who, when and
// why and can be undone; a newer extractor replaces its predecessor's facts for a document
// and keeps what analysts decided.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import { mergeEntities, splitEntity, undoDecision } from '../src/kb/analyst.js';
import { entityDossier } from '../src/kb/dossier.js';
import { ARTICLES, ferrerBribes, ferrerEs } from './fixtures/kb/articles.js';
import { ingestAll, ingestArticle } from './fixtures/kb/ingest-fixtures.js';
import type { Article } from './fixtures/kb/build.js';
import { describeEachStore } from './each-store.js';

const ana = { actor: 'ana', reason: 'same person per the party register' };

describeEachStore('analyst decisions and re-extraction', (open) => {
  let store: Store;
  let docs: Map<string, number>;
  let ferrerId: string;
  beforeAll(async () => {
    store = await open();
    docs = new Map([...await ingestAll(store, ARTICLES)].map(([slug, o]) => [slug, o.documentId]));
    ferrerId = String((await entityDossier(store, 'Lucía Ferrer Montes')).id);
  });
  afterAll(() => store.close());

  it('merges an ambiguous entity into the right one, then undoes it', async () => {
    const decision = await mergeEntities(store, 'Andrés Manuel Quiroga Beltrán', 'Andrés Manuel Quiroga', ana);
    expect(decision).toMatchObject({ action: 'merge', actor: 'ana', reason: ana.reason });
    const merged = await entityDossier(store, 'Andrés Manuel Quiroga Beltrán');
    expect(merged.documentCount).toBe(2);
    expect(merged.aliases).toContain('Andrés Manuel Quiroga');
    expect((await entityDossier(store, String(decision.payload.from))).id).toBe(merged.id);

    await undoDecision(store, decision.id, { actor: 'bo', reason: 'the column meant the father' });
    expect((await entityDossier(store, 'Andrés Manuel Quiroga Beltrán')).documentCount).toBe(1);
    const log = await store.listDecisions();
    expect(log.map((d) => [d.action, d.actor, d.undoneBy])).toEqual([['undo', 'bo', null], ['merge', 'ana', 'bo']]);
  });

  it('splits a report off an entity; the split survives re-extraction and can be undone', async () => {
    const es = docs.get('ferrer-es')!;
    const split = await splitEntity(store, ferrerId, [es], { actor: 'ana', reason: 'the Spanish report is about a namesake' });
    const newId = split.payload.to as number;
    expect((await entityDossier(store, ferrerId)).documentCount).toBe(2);
    await expect(entityDossier(store, 'Lucía Ferrer Montes')).rejects.toThrow(/could be several entities/);
    expect((await store.getEntity(newId))).toMatchObject({ name: 'LUCIA FERRER MONTES', origin: 'analyst', documentCount: 1 });

    const again = await ingestArticle(store, ferrerEs, 'fixture-2');
    expect(again.status).toBe('updated');
    expect((await store.getEntity(newId))?.documentCount).toBe(1);
    expect((await entityDossier(store, ferrerId)).documentCount).toBe(2);

    await undoDecision(store, split.id, { actor: 'ana', reason: 'checked again: same person' });
    const ferrer = await entityDossier(store, 'Lucía Ferrer Montes');
    expect(ferrer.documentCount).toBe(3);
    expect(String(ferrer.id)).toBe(ferrerId);
  });

  it("replaces an older extractor's facts for a document and drops entities no longer mentioned", async () => {
    const bribesId = docs.get('ferrer-bribes')!;
    const fewer: Article = {
      ...ferrerBribes,
      extraction: {
        ...ferrerBribes.extraction,
        entities: ferrerBribes.extraction.entities.filter((e) => e.name !== 'Bruno Salas'),
        allegations: ferrerBribes.extraction.allegations.filter((a) => a.category === 'corruption'),
        responses: ferrerBribes.extraction.responses.map((r) => ({ ...r, allegations: ['a1'] })),
        events: [],
      },
    };
    const out = await ingestArticle(store, fewer, 'fixture-2');
    expect(out).toMatchObject({ status: 'updated', documentId: bribesId, allegations: 1, events: 0 });
    expect(out.removedEntities).toBeGreaterThanOrEqual(1);
    expect(await store.listEntities({ q: 'Bruno Salas' })).toEqual([]);

    const ferrer = await entityDossier(store, 'Lucía Ferrer Montes');
    const organized = ferrer.threads.find((t) => t.category === 'organized_crime')!;
    expect(organized.reports.map((r) => r.documentId)).toEqual([docs.get('ferrer-es')]);
    const corruption = ferrer.threads.find((t) => t.category === 'corruption')!;
    expect(corruption.reports.find((r) => r.documentId === bribesId)?.extractorVersion).toBe('fixture-2');
    expect((await store.getDocument(bribesId))?.extractorVersion).toBe('fixture-2');
    expect(await ingestArticle(store, fewer, 'fixture-2')).toMatchObject({ status: 'unchanged' });
  });
});
