// Entity resolution across reports, on hand-written extractions: one person however the
// reports write her, namesakes kept apart, doubtful cases left to an analyst as candidates.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import type { EntityRecord } from '../src/store/records.js';
import { ARTICLES, ferrerBribes, ferrerUnclear, ibarraNamesakes, rivasNamesakes } from './fixtures/kb/articles.js';
import { ingestAll, ingestArticle } from './fixtures/kb/ingest-fixtures.js';
import { describeEachStore } from './each-store.js';

describeEachStore('resolution across reports', (open) => {
  let store: Store;
  let all: EntityRecord[];
  const named = (name: string) => all.filter((e) => e.name === name);
  const one = (name: string) => {
    const found = named(name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };
  beforeAll(async () => {
    store = await open();
    await ingestAll(store, ARTICLES);
    all = await store.listEntities({ limit: 1000 });
  });
  afterAll(() => store.close());

  it('links a person across reports that write her name longer, shorter and in capitals', async () => {
    const ferrer = one('Lucía Ferrer Montes');
    expect(ferrer.documentCount).toBe(3);
    expect(ferrer.aliases).toEqual(expect.arrayContaining(['Ferrer', 'Lucía Ferrer']));
    expect(named('LUCIA FERRER MONTES')).toEqual([]);
  });

  it('links a Spanish double surname to its shorter form', () => {
    expect(one('Alejandro Vidal Manero').documentCount).toBe(2);
    expect(named('Alejandro Vidal')).toEqual([]);
  });

  it('links a surname-only mention when position and country agree', () => {
    const ibarra = one('Tomás Ibarra');
    expect(ibarra.documentCount).toBe(2);
    expect(ibarra.aliases).toContain('Ibarra');
  });

  it('keeps namesakes apart: same surname, different given name', () => {
    expect(one('César Roldán').documentCount).toBe(2);
    expect(one('Javier Roldán').documentCount).toBe(1);
  });

  it('keeps apart persons who differ only in the second surname', () => {
    expect(one('Andrés Manuel Quiroga Obrador').documentCount).toBe(1);
    expect(one('Andrés Manuel Quiroga Beltrán').documentCount).toBe(1);
  });

  it('creates a separate entity with merge candidates when a name fits two people', async () => {
    const ambiguous = one('Andrés Manuel Quiroga');
    const candidates = await store.mergeCandidates({ entityId: ambiguous.id });
    expect(candidates.map((c) => c.candidate.name).sort()).toEqual(['Andrés Manuel Quiroga Beltrán', 'Andrés Manuel Quiroga Obrador']);
    expect(candidates.every((c) => c.status === 'open' && c.level === 'compatible')).toBe(true);
  });

  it('does not merge the same name from another country, but records the candidate', async () => {
    const footballer = all.find((e) => e.name === 'Lucía Ferrer' && e.country === 'ES')!;
    expect(footballer.documentCount).toBe(1);
    const [c] = await store.mergeCandidates({ entityId: footballer.id });
    expect(c).toMatchObject({ candidate: { name: 'Lucía Ferrer Montes' }, level: 'exact' });
    expect(c!.reason).toContain('countries differ');
  });

  it('links organizations and places by name and alias, groups never', () => {
    expect(one('Tamarindo').documentCount).toBe(3);
    expect(one('Partido Azul').documentCount).toBe(2);
    const cartel = one('Golfo Norte Cartel');
    expect(cartel.documentCount).toBe(2);
    expect(cartel.aliases).toContain('Cártel del Golfo Norte');
    expect(all.filter((e) => e.kind === 'group').map((e) => e.documentCount)).toEqual([1, 1, 1]);
  });

  it('gathers repeated undecidable mentions of a shared name in one entity awaiting an analyst', async () => {
    await ingestAll(store, ferrerUnclear);
    const now = await store.listEntities({ limit: 1000 });
    const same = now.filter((e) => e.name === 'Lucía Ferrer');
    expect(same.map((e) => [e.country ?? 'none', e.documentCount]).sort()).toEqual([['ES', 1], ['none', 2]]);
    const holder = same.find((e) => e.country === null)!;
    const candidates = await store.mergeCandidates({ entityId: holder.id });
    expect(candidates.map((c) => c.candidate.name).sort()).toEqual(['Lucía Ferrer', 'Lucía Ferrer Montes']);
    all = now;
  });

  it('keeps one entity for an undecidable name however many namesakes share it (no entity per report)', async () => {
    await ingestAll(store, rivasNamesakes);
    const now = await store.listEntities({ limit: 1000 });
    const rivas = now.filter((e) => e.kind === 'person' && e.name.startsWith('Emilio Rivas'));
    const holder = rivas.filter((e) => e.name === 'Emilio Rivas');
    expect(holder).toHaveLength(1);
    // Every report saying only "Emilio Rivas", and nothing of the fuller names it may stand for.
    expect(holder[0]).toMatchObject({ documentCount: 4, aliases: [] });
    const candidates = await store.mergeCandidates({ entityId: holder[0]!.id });
    expect(candidates.map((c) => c.candidate.name).sort()).toEqual(['Emilio Rivas Luna', 'Emilio Rivas Mora']);
    // The two Solís namesakes and the report that cannot tell them apart: three entities of one report each.
    expect(rivas.filter((e) => e.name === 'Emilio Rivas Solís').map((e) => e.documentCount)).toEqual([1, 1, 1]);
    expect(rivas).toHaveLength(6);
    all = now;
  });

  it('does not link two namesakes of one report to the entity known by the shorter name', async () => {
    await ingestArticle(store, ibarraNamesakes);
    const now = await store.listEntities({ limit: 1000 });
    const ibarra = now.find((e) => e.name === 'Tomás Ibarra')!;
    expect(ibarra.documentCount).toBe(3);
    expect(ibarra.aliases).toContain('Tomás Ibarra Vega');
    expect(ibarra.aliases).not.toContain('Tomás Ibarra Ponce');
    expect(now.find((e) => e.name === 'Tomás Ibarra Ponce')?.documentCount).toBe(1);
    all = now;
  });

  it('stores each document once: the same content again changes nothing', async () => {
    const before = await store.countDocuments();
    const again = await ingestArticle(store, ferrerBribes);
    expect(again.status).toBe('unchanged');
    expect(await store.countDocuments()).toBe(before);
    expect((await store.listEntities({ limit: 1000 })).length).toBe(all.length);
  });
});
