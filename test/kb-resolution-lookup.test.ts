// How resolution looks candidates up: a full name the store already knows exactly is decided
// among its exact repeats, without reading the namesakes that share its given name and one
// surname; other names, and names left undecided, are looked up by those keys too. A store
// whose lookups are round trips to a server (PostgreSQL) is asked once per document, for the
// wider lists along with the exact ones.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../src/store/store.js';
import { article, person } from './fixtures/kb/build.js';
import { rivasNamesakes } from './fixtures/kb/articles.js';
import { ingestArticle } from './fixtures/kb/ingest-fixtures.js';
import { describeEachStore } from './each-store.js';
import { entityDossier } from '../src/kb/dossier.js';
import { SURNAME_ONLY_NOTE, UNDECIDED_NOTE, renderDossier } from '../src/cli/render-dossier.js';

const report = (slug: string, name: string) => article({
  slug, title: `Port notes: ${slug}`, outlet: 'Costa Verde Post', published: '2025-11-02',
  text: `${name} was seen at the port (${slug}).`, entities: [person('e1', name, { country: 'MX' })],
});

describeEachStore('candidate lookup for resolution', (open) => {
  let store: Store;
  /** The keys of every candidate lookup since the last reset, a list per call. */
  let calls: string[][] = [];
  const looked = () => calls.flat();
  beforeAll(async () => {
    store = await open();
    for (const slug of ['rivas-luna', 'rivas-mora']) await ingestArticle(store, rivasNamesakes.find((a) => a.slug === slug)!);
    const real = store.findCandidatesMany.bind(store);
    store.findCandidatesMany = (requests, limit) => {
      calls.push(requests.flatMap((r) => r.keys));
      return real(requests, limit);
    };
  });
  afterAll(() => store.close());

  /** Read the exact repeats alone, or (a round-trip store) everything in one call. */
  const expectExactLookup = () => {
    if (store.lookupsAreRoundTrips) expect(calls).toHaveLength(1);
    else expect(looked().filter((k) => k.startsWith('p:'))).toEqual([]);
  };
  /** A round-trip store is asked once per document, however the names are decided. */
  const expectOneRound = () => {
    if (store.lookupsAreRoundTrips) expect(calls).toHaveLength(1);
  };

  const entity = async (name: string) => (await store.listEntities({ q: name, kind: 'person' })).filter((e) => e.name === name);

  it('links an exact repeat of a full name without looking up its given name and surnames', async () => {
    calls = [];
    await ingestArticle(store, report('mora-again', 'Emilio Rivas Mora'));
    expect(looked()).toContain('x:emilio rivas mora');
    expectExactLookup();
    expect((await entity('Emilio Rivas Mora')).map((e) => e.documentCount)).toEqual([2]);
  });

  it('looks a name without an exact repeat up by given name and surname, finding its fuller forms', async () => {
    calls = [];
    await ingestArticle(store, report('rivas-short', 'Emilio Rivas'));
    expect(looked()).toContain('p:emilio|rivas');
    expectOneRound();
    const [holder] = await entity('Emilio Rivas');
    const candidates = await store.mergeCandidates({ entityId: holder!.id });
    // Its dossier says that its reports may concern any of the persons the name fits.
    const dossier = await entityDossier(store, String(holder!.id));
    expect(dossier.origin).toBe('undecided');
    expect(renderDossier(dossier)).toContain(UNDECIDED_NOTE);
    const mora = renderDossier(await entityDossier(store, 'Emilio Rivas Mora'));
    expect(mora).not.toContain('UNDECIDED');
    expect(mora).not.toContain('SURNAME ONLY');
    expect(candidates.map((c) => c.candidate.name).sort()).toEqual(['Emilio Rivas Luna', 'Emilio Rivas Mora']);
  });

  it('gathers the next mention of an undecided name in its holder by the exact lookup alone', async () => {
    calls = [];
    await ingestArticle(store, report('rivas-short-again', 'Emilio Rivas'));
    expectExactLookup();
    expect((await entity('Emilio Rivas')).map((e) => e.documentCount)).toEqual([2]);
  });

  it('decides an exact repeat that fits two entities equally on the wide lookup, recording them as candidates', async () => {
    for (const slug of ['rivas-solis-notary', 'rivas-solis-colombia']) await ingestArticle(store, rivasNamesakes.find((a) => a.slug === slug)!);
    calls = [];
    await ingestArticle(store, rivasNamesakes.find((a) => a.slug === 'rivas-solis-unclear')!);
    expect(looked()).toContain('p:emilio|solis');
    expectOneRound();
    const solis = await entity('Emilio Rivas Solís');
    expect(solis.map((e) => e.documentCount)).toEqual([1, 1, 1]);
    const undecided = solis.find((e) => e.country === null)!;
    const candidates = await store.mergeCandidates({ entityId: undecided.id });
    expect(candidates.map((c) => [c.candidate.name, c.level])).toEqual([['Emilio Rivas Solís', 'exact'], ['Emilio Rivas Solís', 'exact']]);
  });

  it('says of a person known by one name alone that its reports may concern different people', async () => {
    await ingestArticle(store, report('zavaleta-port', 'Governor Zavaleta'));
    const d = await entityDossier(store, 'Zavaleta');
    expect(d.surnameOnly).toBe(true);
    expect(renderDossier(d)).toContain(SURNAME_ONLY_NOTE);
    expect((await entityDossier(store, 'Emilio Rivas Mora')).surnameOnly).toBe(false);
    // A nickname alone names one person, as resolution takes it: no surname note.
    await ingestArticle(store, report('tuta-port', 'La Tuta'));
    const tuta = await entityDossier(store, 'La Tuta');
    expect(tuta.surnameOnly).toBe(false);
    expect(renderDossier(tuta)).not.toContain(SURNAME_ONLY_NOTE);
  });

  it('keeps reports giving a lone surname in a holder of that name, unless the context picks out a person of that surname', async () => {
    const governor = (slug: string, name: string) => article({
      slug, title: `Veracruz notes: ${slug}`, outlet: 'Costa Verde Post', published: '2025-11-04',
      text: `${name} spoke in Xalapa (${slug}).`, entities: [person('e1', name, { country: 'MX', positions: [['governor', 'Veracruz', 'current']] })],
    });
    await ingestArticle(store, report('ochoa-port', 'Ochoa'));
    const lone = await entityDossier(store, 'Ochoa');
    // A holder (made with no candidates here: no other Ochoa is known yet), which says it stands for no one.
    expect(lone.origin).toBe('undecided');
    expect(renderDossier(lone)).toContain(SURNAME_ONLY_NOTE);
    expect(renderDossier(lone)).not.toContain(UNDECIDED_NOTE);
    await ingestArticle(store, governor('rosa-ochoa', 'Rosa Ochoa'));
    // Same country and position: enough for a surname alone, and it is not left with the holder.
    await ingestArticle(store, governor('ochoa-xalapa', 'Governor Ochoa'));
    await ingestArticle(store, report('ochoa-port-again', 'Ochoa'));
    expect((await entity('Rosa Ochoa')).map((e) => e.documentCount)).toEqual([2]);
    expect((await entity('Ochoa')).map((e) => e.documentCount)).toEqual([2]);
  });

  it('keeps a lone surname\'s holder made with no candidates from learning the positions of the reports it gathers', async () => {
    const mayor = article({
      slug: 'lozano-mayor', title: 'Tuxpan notes', outlet: 'Costa Verde Post', published: '2025-11-05',
      text: 'Lozano spoke in Tuxpan.', entities: [person('e1', 'Lozano', { country: 'MX', positions: [['mayor', 'Tuxpan', 'current']] })],
    });
    await ingestArticle(store, report('lozano-port', 'Lozano'));
    await ingestArticle(store, mayor);
    // It stands for no one in particular: a position would make it pass for the mayor (and
    // screening would list the holder as "reported as mayor").
    const [holder] = await store.findCandidates('person', ['x:lozano']);
    expect(holder).toMatchObject({ name: 'Lozano', unresolved: true, roles: [] });
    expect((await entity('Lozano')).map((e) => e.documentCount)).toEqual([2]);
  });
});
