// The benchmark corpus's identity check (bench:ingest): persons found in a document are matched
// to the invented person written there, and an entity holding two of them is counted as a wrong
// merge, also when an analyst made it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempSqlite } from '../src/store/contract/test-stores.js';
import type { SqlStore } from '../src/store/sql/sql-store.js';
import { ingestDocument } from '../src/kb/ingest/ingest-document.js';
import { CORPUS_PERSONS, corpus } from '../bench/kb/corpus.js';
import { personPool } from '../bench/kb/names.js';
import { corpusResolution, identify, wordsOf } from '../bench/kb/corpus-resolution.js';

const words = (name: string) => new Set(name.toLowerCase().split(' '));

describe('matching a found person to the invented person written', () => {
  const drawn = [
    { index: 1, words: words('carlos ana mora rios') },
    { index: 2, words: words('pedro luis mora vega') },
    { index: 3, words: words('carlos julio mora lugo') },
  ];

  it('takes the one person whose name holds every word, accents and titles aside', () => {
    expect(identify(['Carlos Mora Ríos', 'Mora'], drawn)).toBe(1);
    expect(identify(['Governor Pedro Mora'], drawn)).toBe(2);
    expect(identify(['Vega'], drawn)).toBe(2);
  });

  it('matches nobody when two persons could be meant, or none', () => {
    expect(identify(['Carlos Mora'], drawn)).toBeNull();
    expect(identify(['Mora'], drawn)).toBeNull();
    expect(identify(['Ana Vega'], drawn)).toBeNull();
    expect(identify([], drawn)).toBeNull();
  });
});

describe('the identity check over stored corpus documents', () => {
  const COUNT = 150;
  let temp: TempSqlite;
  let store: SqlStore;
  const documentOf = new Int32Array(COUNT + 1);
  beforeAll(async () => {
    temp = new TempSqlite();
    store = await temp.open();
    for (const d of corpus(COUNT)) {
      const o = await ingestDocument(store, { label: `corpus ${d.n}`, raw: d.text, title: d.title, outlet: d.outlet, published: d.published, lang: d.language, extraction: d.extraction, extractor: 'bench-fixtures' });
      documentOf[d.n] = o.documentId;
    }
  });
  afterAll(async () => {
    await store.close();
    temp.cleanup();
  });

  it('matches most persons and counts an analyst merge of two of them as a wrong merge', async () => {
    const before = await corpusResolution(store, COUNT, documentOf);
    expect(before.identified).toBeGreaterThan(before.mentions / 2);
    expect(before.persons).toBeGreaterThan(100);
    expect(before.entitiesPerPerson).toBeGreaterThanOrEqual(1);
    // Entities (not holders) of two different invented persons, merged by hand.
    const pool = personPool(CORPUS_PERSONS);
    const found: { entity: number; person: number }[] = [];
    for (const d of corpus(COUNT)) {
      const drawn = d.persons.map((index) => ({ index, words: wordsOf(pool[index]!) }));
      const rows = await store.db.selectFrom('doc_entities as de').innerJoin('entities as e', 'e.id', 'de.entity_id')
        .select(['de.entity_id', 'de.name', 'de.aliases']).where('de.document_id', '=', documentOf[d.n]!).where('de.kind', '=', 'person')
        .where('e.origin', '=', 'resolver').execute();
      for (const r of rows) {
        const person = identify([r.name, ...(JSON.parse(r.aliases) as string[])], drawn);
        if (person !== null) found.push({ entity: r.entity_id, person });
      }
    }
    // Each of one invented person only, before the merge.
    const pure = found.filter((f) => found.every((g) => g.entity !== f.entity || g.person === f.person));
    const a = pure[0]!;
    const b = pure.find((f) => f.person !== a.person)!;
    await store.mergeEntities(a.entity, b.entity, { actor: 'test', reason: 'a wrong merge on purpose' });
    const after = await corpusResolution(store, COUNT, documentOf);
    expect(after.mixed).toBe(before.mixed + 1);
    expect(after.worst).not.toBeNull();
    expect(after.misplacedShared + after.misplacedOwn).toBeGreaterThan(before.misplacedShared + before.misplacedOwn);
  });
});
