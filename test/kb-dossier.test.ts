// A dossier as an analyst reads it: allegation threads gathering every report and response
// across documents, positions with the date of the report stating them, and provenance
// (document, span, the words, extractor version) on every fact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import { entityDossier, type Dossier } from '../src/kb/dossier.js';
import { entityTimeline } from '../src/kb/timeline.js';
import { ARTICLES } from './fixtures/kb/articles.js';
import { FIXTURE_EXTRACTOR, ingestAll } from './fixtures/kb/ingest-fixtures.js';
import { describeEachStore } from './each-store.js';

describeEachStore('dossier', (open) => {
  let store: Store;
  let ferrer: Dossier;
  let docs: Map<string, number>;
  beforeAll(async () => {
    store = await open();
    const out = await ingestAll(store, ARTICLES);
    docs = new Map([...out].map(([slug, o]) => [slug, o.documentId]));
    ferrer = await entityDossier(store, 'lucia ferrer montes');
  });
  afterAll(() => store.close());

  describe('allegation threads', () => {
    it('gathers the reports of one subject and category across documents', () => {
      const byCategory = Object.fromEntries(ferrer.threads.map((t) => [t.category, t]));
      expect(Object.keys(byCategory).sort()).toEqual(['corruption', 'electoral', 'organized_crime']);
      expect(byCategory.corruption).toMatchObject({ id: `${ferrer.id}:corruption`, reportCount: 2, documentCount: 2, firstReported: '2025-04-02', lastReported: '2025-06-10' });
      expect(byCategory.corruption!.reports.map((r) => r.documentId)).toEqual([docs.get('ferrer-charged'), docs.get('ferrer-bribes')]);
      expect(byCategory.organized_crime!.reports.map((r) => r.verification)).toEqual(['disputed', 'unverified']);
    });

    it('keeps every report with its sources, resolved to entities where named', () => {
      const charged = ferrer.threads.find((t) => t.category === 'corruption')!.reports[0]!;
      expect(charged.sources.map((s) => [s.kind, s.entity?.name ?? null, s.description])).toEqual([
        ['named', 'Prosecutors in Tamarindo', 'prosecutors'], ['document', null, 'court filings'],
      ]);
      const bribes = ferrer.threads.find((t) => t.category === 'corruption')!.reports[1]!;
      expect(bribes.sources).toEqual([{ kind: 'anonymous', entity: null, count: 2, description: 'two sources' }]);
    });

    it('attaches the responses that answer the thread, including the subject not responding', () => {
      const stances = (category: string) => ferrer.threads.find((t) => t.category === category)!.responses
        .map((r) => [r.documentId, r.by.name, r.stance]);
      expect(stances('corruption')).toEqual([
        [docs.get('ferrer-bribes'), 'Lucía Ferrer Montes', 'denies'], [docs.get('ferrer-charged'), 'Lucía Ferrer Montes', 'no_response'],
      ]);
      expect(stances('organized_crime').map((r) => r[0])).toEqual([docs.get('ferrer-bribes'), docs.get('ferrer-es')]);
      // The Spanish report's denial names the cartel claim only, not the campaign-finance one.
      expect(stances('electoral')).toEqual([]);
    });

    it('points every report and response at words that are in its stored document', async () => {
      for (const t of ferrer.threads) {
        for (const item of [...t.reports, ...t.responses]) {
          const doc = await store.getDocument(item.documentId);
          expect(doc!.text.slice(item.span.start, item.span.end)).toBe(item.quote);
          expect(item.extractorVersion).toBe(FIXTURE_EXTRACTOR);
        }
      }
    });
  });

  it('dates positions and parties by the reports that state them', () => {
    expect(ferrer.positions.map((p) => [p.title, p.jurisdiction, p.status, p.reports, p.firstReported, p.lastReported])).toEqual([
      ['governor', 'Tamarindo', 'former', 2, '2025-06-10', '2025-07-01'],
      ['governor', 'Tamarindo', 'current', 1, '2025-04-02', '2025-04-02'],
    ]);
    expect(ferrer.positions[1]!.latest).toMatchObject({ documentId: docs.get('ferrer-bribes'), quote: 'Lucía Ferrer Montes' });
    expect(ferrer.parties.map((p) => [p.party.name, p.firstReported])).toEqual([['Partido Azul', '2025-04-02']]);
  });

  it('lists events, co-mentioned entities and documents, latest first', () => {
    expect(ferrer.events.map((e) => [e.kind, e.actors.map((a) => a.name), e.place?.name])).toEqual([['charge', ['Prosecutors in Tamarindo'], 'Tamarindo']]);
    expect(ferrer.coMentioned[0]).toMatchObject({ name: 'Tamarindo', documents: 3 });
    expect(ferrer.documents.map((d) => d.documentId)).toEqual([docs.get('ferrer-es'), docs.get('ferrer-charged'), docs.get('ferrer-bribes')]);
    expect(ferrer.documentCount).toBe(3);
  });

  it('shows open merge candidates on the dossier', () => {
    expect(ferrer.mergeCandidates.map((c) => [c.entity.name, c.candidate.name])).toEqual([['Lucía Ferrer', 'Lucía Ferrer Montes']]);
  });

  it('orders a timeline by date', async () => {
    const { items } = await entityTimeline(store, String(ferrer.id));
    const dates = items.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    expect(items.map((i) => i.type)).toEqual(expect.arrayContaining(['event', 'allegation', 'response', 'position']));
    expect(items.find((i) => i.type === 'event')).toMatchObject({ date: '2025-06-10', what: 'charge by Prosecutors in Tamarindo of Lucía Ferrer Montes in Tamarindo' });
  });

  it('finds an entity by id or unambiguous name, and refuses an ambiguous one', async () => {
    expect((await entityDossier(store, String(ferrer.id))).name).toBe('Lucía Ferrer Montes');
    await expect(entityDossier(store, 'Quiroga')).rejects.toThrow(/could be several entities/);
    await expect(entityDossier(store, 'Nobody Atall')).rejects.toThrow(/no entity named like/);
    await expect(entityDossier(store, '99999')).rejects.toThrow(/no entity 99999/);
  });
});
