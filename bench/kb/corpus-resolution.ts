// How the benchmark corpus's invented persons came out of resolution. Each person the extractor
// found in a stored document is matched, by the words of its names, to the one invented person
// drawn for that document whose name holds them all (none when two could be meant). Then: an
// entity that stands for two invented persons and is not a holder of undecided mentions is a
// wrong merge; the entities one invented person is spread over show how much was left apart.
// The corpus's names are few (96 given names, 111 surnames for 20,000 persons), so a name
// written short ("Ximena Salazar") is often shared by several invented persons: linking it is a
// guess whichever entity it goes to. A mention that is not its entity's main person is counted
// apart by whether its written name fits one invented person of the whole pool or several.
// Read after ingestion, from the store and the corpus generated again (the same documents).
import type { SqlStore } from '../../src/store/sql/sql-store.js';
import { personTokens } from '../../src/kb/resolve/person-forms.js';
import { canonicalMap } from '../../src/store/sql/canonical.js';
import { chunks, fromJson, unique } from '../../src/store/sql/rows.js';
import { CORPUS_PERSONS, corpus, type CorpusDoc } from './corpus.js';
import { fullName, personPool, type PoolPerson } from './names.js';

export interface CorpusResolution {
  /** Person mentions (document entities) of the documents. */
  mentions: number;
  /** Of them, those matched to one invented person. */
  identified: number;
  /** Identified mentions linked to holders of undecided mentions. */
  held: number;
  /** Invented persons identified in some document. */
  persons: number;
  /** Entities other than holders that identified mentions went to, per invented person. */
  entitiesPerPerson: number;
  /** Entities other than holders with identified mentions of two or more invented persons. */
  mixed: number;
  /** The identified mentions those entities hold. */
  mixedMentions: number;
  /** Mentions of another invented person than their entity's main one (the one it holds most mentions of), by whether their written name fits several invented persons or one. */
  misplacedShared: number;
  misplacedOwn: number;
  /** The mixed entity with the most invented persons, for the report. */
  worst: { name: string; persons: string[] } | null;
}

/** The words of a pool person's name, folded as resolution folds names. */
export function wordsOf(p: PoolPerson): Set<string> {
  return new Set(personTokens(fullName(p)));
}

/** The distinct words of a mention's names, sorted and joined: how namesakes are counted. */
function wordKey(names: string[]): string {
  return [...new Set(names.flatMap((n) => personTokens(n)))].sort().join(' ');
}

/** How many persons of the pool each set of words (as wordKey joins them) fits: every subset of each person's words. */
function namesakes(pool: PoolPerson[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pool) {
    const words = [...wordsOf(p)].sort();
    for (let mask = 1; mask < 1 << words.length; mask++) {
      const key = words.filter((_, i) => mask & (1 << i)).join(' ');
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

/** The one person of `drawn` whose name holds every word of `names`, or null. */
export function identify(names: string[], drawn: { index: number; words: Set<string> }[]): number | null {
  const words = names.flatMap((n) => personTokens(n));
  if (words.length === 0) return null;
  const fits = drawn.filter((d) => words.every((w) => d.words.has(w)));
  return fits.length === 1 ? fits[0]!.index : null;
}

/** `documentOf[n]`: the stored document id of corpus document n (0: not stored). */
export async function corpusResolution(store: SqlStore, count: number, documentOf: Int32Array): Promise<CorpusResolution> {
  const pool = personPool(CORPUS_PERSONS);
  const poolWords = new Map<number, Set<string>>();
  const words = (i: number) => {
    let w = poolWords.get(i);
    if (!w) poolWords.set(i, (w = wordsOf(pool[i]!)));
    return w;
  };
  const holders = new Set((await store.db.selectFrom('entities').select('id').where('kind', '=', 'person').where('origin', '=', 'undecided').execute()).map((r) => r.id));
  const entitiesOf = new Map<number, Set<number>>();
  /** Per entity: [person, whether the written name fits several persons of the pool] of each identified mention. */
  const linked = new Map<number, [number, boolean][]>();
  const sharing = namesakes(pool);
  const out: CorpusResolution = {
    mentions: 0, identified: 0, held: 0, persons: 0, entitiesPerPerson: 0, mixed: 0, mixedMentions: 0, misplacedShared: 0, misplacedOwn: 0, worst: null,
  };
  let block: CorpusDoc[] = [];
  const flush = async () => {
    const ids = block.map((d) => documentOf[d.n]!).filter((id) => id > 0);
    const drawnOf = new Map(block.map((d) => [documentOf[d.n]!, d.persons.map((index) => ({ index, words: words(index) }))]));
    for (const part of chunks(ids)) {
      const rows = await store.db.selectFrom('doc_entities').select(['document_id', 'name', 'aliases', 'entity_id'])
        .where('kind', '=', 'person').where('document_id', 'in', part).execute();
      // Mentions count for the entity an analyst merged theirs into.
      const canonical = await canonicalMap(store.db, unique(rows.map((r) => r.entity_id)));
      for (const r of rows) {
        out.mentions++;
        const names = [r.name, ...fromJson<string[]>(r.aliases, 'doc_entities.aliases')];
        const person = identify(names, drawnOf.get(r.document_id) ?? []);
        if (person === null) continue;
        out.identified++;
        const entity = canonical.get(r.entity_id) ?? r.entity_id;
        if (holders.has(entity)) {
          out.held++;
          continue;
        }
        entitiesOf.set(person, (entitiesOf.get(person) ?? new Set()).add(entity));
        const list = linked.get(entity) ?? [];
        list.push([person, (sharing.get(wordKey(names)) ?? 0) > 1]);
        linked.set(entity, list);
      }
    }
    block = [];
  };
  for (const d of corpus(count)) {
    block.push(d);
    if (block.length === 500) await flush();
  }
  await flush();
  out.persons = entitiesOf.size;
  out.entitiesPerPerson = [...entitiesOf.values()].reduce((n, s) => n + s.size, 0) / Math.max(1, entitiesOf.size);
  let worst: [number, number[]] | null = null;
  for (const [entity, list] of linked) {
    const count = new Map<number, number>();
    for (const [p] of list) count.set(p, (count.get(p) ?? 0) + 1);
    if (count.size < 2) continue;
    out.mixed++;
    out.mixedMentions += list.length;
    const main = [...count].sort((a, b) => b[1] - a[1])[0]![0];
    for (const [p, shared] of list) {
      if (p === main) continue;
      if (shared) out.misplacedShared++;
      else out.misplacedOwn++;
    }
    if (!worst || count.size > worst[1].length) worst = [entity, [...count.keys()]];
  }
  if (worst) {
    const row = await store.db.selectFrom('entities').select('name').where('id', '=', worst[0]).executeTakeFirst();
    out.worst = { name: row?.name ?? '?', persons: worst[1].map((i) => fullName(pool[i]!)) };
  }
  return out;
}
