// The benchmark corpus: documents built from the project's hand-written fixtures, each from
// three to six fixture reports with their people replaced by invented persons drawn with a
// Zipf law, so the store fills with many people, a few of them in thousands of reports.
// Every document carries the extraction a good extractor would produce for it.
import { foldName } from '../../src/names/normalize.js';
import { SCHEMA_ID, type Entity, type Extraction } from '../../src/model/extraction.js';
import { personTokens } from '../../src/kb/resolve/person-forms.js';
import { ARTICLES } from '../../test/fixtures/kb/articles.js';
import { article, type Article, type ArticleDraft } from '../../test/fixtures/kb/build.js';
import { personPool, type PoolPerson } from './names.js';
import { mulberry32, zipf } from './rng.js';

/** Bump when the generated corpus changes, so cached benchmark stores are rebuilt. */
export const CORPUS_VERSION = 'c2';

export interface CorpusDoc {
  n: number;
  text: string;
  title: string;
  outlet: string | null;
  published: string;
  language: 'en' | 'es';
  extraction: Extraction;
  /** The invented persons drawn for this document (indexes into the pool), for resolution checks. */
  persons: number[];
}

function toDraft(a: Article): ArticleDraft {
  const x = a.extraction;
  const q = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
  return {
    slug: a.slug, title: a.title, outlet: a.outlet, published: a.published, language: a.language, text: a.text,
    entities: x.entities.map(({ mentions: _mentions, ...e }) => e),
    allegations: x.allegations.map(({ span, ...r }) => ({ ...r, quote: q(span) })),
    responses: x.responses.map(({ span, ...r }) => ({ ...r, quote: q(span) })),
    events: x.events.map(({ span, ...r }) => ({ ...r, quote: q(span) })),
  };
}

const DRAFTS = ARTICLES.map(toDraft);
const WORD = /[\p{L}\p{N}]+/gu;

const folded = new Map<string, string>();
function fold(w: string): string {
  let f = folded.get(w);
  if (f === undefined) folded.set(w, (f = foldName(w)));
  return f;
}

/** Replaces whole words by folded form, keeping capitals ("FERRER" → "CAMPOS"). */
function replaceWords(s: string, map: Map<string, string>): string {
  return s.replace(WORD, (w) => {
    const r = map.get(fold(w));
    if (!r) return w;
    return w === w.toUpperCase() && w.length > 1 ? r.toUpperCase() : r;
  });
}

function substitute(d: ArticleDraft, map: Map<string, string>): ArticleDraft {
  const r = (s: string) => replaceWords(s, map);
  const entity = <T extends Omit<Entity, 'mentions'>>(e: T): T => ({ ...e, name: r(e.name), aliases: e.aliases.map(r) });
  return {
    ...d, text: r(d.text), title: r(d.title), entities: d.entities.map(entity),
    allegations: d.allegations?.map((a) => ({ ...a, quote: r(a.quote), sources: a.sources.map((s) => ({ ...s, description: r(s.description) })) })),
    responses: d.responses?.map((x) => ({ ...x, quote: r(x.quote) })),
    events: d.events?.map((x) => ({ ...x, quote: r(x.quote) })),
  };
}

/**
 * Maps the words of a fixture person's fullest name to an invented person's by shape: two
 * words are a given name and a surname, three add the second surname, four the second given
 * name. A word already mapped in this document keeps its mapping (namesakes stay namesakes).
 */
function mapPerson(names: string[], p: PoolPerson, map: Map<string, string>): void {
  const tokens = names.map(personTokens).reduce((a, b) => (b.length > a.length ? b : a), []);
  const target = tokens.length >= 4 ? [p.given[0], p.given[1], p.surnames[0], p.surnames[1]]
    : tokens.length === 3 ? [p.given[0], p.surnames[0], p.surnames[1]]
      : tokens.length === 2 ? [p.given[0], p.surnames[0]] : [p.surnames[0]];
  tokens.slice(0, target.length).forEach((t, i) => {
    if (!map.has(t)) map.set(t, target[i]!);
  });
}

/** Concatenates reports into one document; ids are prefixed per part and spans shifted. */
function merge(parts: Article[], n: number, published: string): Omit<CorpusDoc, 'persons'> {
  let text = '';
  const x: Extraction = { schema: SCHEMA_ID, document: { ...parts[0]!.extraction.document, published }, entities: [], allegations: [], responses: [], events: [] };
  parts.forEach((a, i) => {
    const at = text.length;
    const p = (id: string) => `p${i}-${id}`;
    const shift = (s: { start: number; end: number }) => ({ start: s.start + at, end: s.end + at });
    const e = a.extraction;
    x.entities.push(...e.entities.map((v) => ({ ...v, id: p(v.id), parties: v.parties.map(p), mentions: v.mentions.map(shift) })));
    x.allegations.push(...e.allegations.map((v) => ({ ...v, id: p(v.id), subjects: v.subjects.map(p), span: shift(v.span), sources: v.sources.map((s) => (s.entity ? { ...s, entity: p(s.entity) } : s)) })));
    x.responses.push(...e.responses.map((v) => ({ ...v, id: p(v.id), by: p(v.by), allegations: v.allegations.map(p), span: shift(v.span) })));
    x.events.push(...e.events.map((v) => ({ ...v, id: p(v.id), actors: v.actors.map(p), targets: v.targets.map(p), place: v.place ? p(v.place) : null, span: shift(v.span) })));
    text += `${a.text}\n\n`;
  });
  text += `Report ${n} of the benchmark corpus.`;
  return { n, text, title: `${parts[0]!.title} (${n})`, outlet: parts[0]!.outlet, published, language: parts[0]!.language, extraction: x };
}

export interface CorpusOptions {
  seed?: number;
  /** Invented persons to draw from. */
  persons?: number;
  /** Zipf exponent: higher makes the most frequent people more dominant. */
  skew?: number;
}

/** Invented persons the corpus draws from unless told otherwise. */
export const CORPUS_PERSONS = 20_000;

export function* corpus(count: number, opts: CorpusOptions = {}): Generator<CorpusDoc> {
  const rand = mulberry32(opts.seed ?? 1);
  const pool = personPool(opts.persons ?? CORPUS_PERSONS);
  const draw = zipf(pool.length, opts.skew ?? 1, rand);
  for (let n = 1; n <= count; n++) {
    // Five to all nine fixture reports, each once: about 280 words, a short news article.
    const order = [...DRAFTS].sort(() => rand() - 0.5);
    const parts = order.slice(0, 5 + Math.floor(rand() * (DRAFTS.length - 4)));
    const map = new Map<string, string>();
    const used = new Set<number>();
    for (const part of parts) {
      for (const e of part.entities) {
        if (e.kind !== 'person') continue;
        let i = draw();
        while (used.has(i)) i = draw();
        used.add(i);
        mapPerson([e.name, ...e.aliases], pool[i]!, map);
      }
    }
    const published = `${2019 + Math.floor(rand() * 7)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    yield { ...merge(parts.map((d) => article(substitute(d, map))), n, published), persons: [...used] };
  }
}

/** Words in a text, as the extraction speed benchmark counts them. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
