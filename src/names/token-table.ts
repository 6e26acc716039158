// The vocabulary of a name list: each distinct token once, with its sound keys, how many list
// entries use it (its rarity weight) and the lookups that find tokens similar to a query token.
import { DeleteIndex } from './delete-index.js';
import { relatedNames } from './nicknames.js';
import { consonantSkeleton, englishKey, spanishKey } from './phonetic.js';
import { compareTokens, editTolerance, type TokenForms, type TokenMatch } from './similarity.js';

export class TokenTable {
  private readonly ids = new Map<string, number>();
  readonly forms: TokenForms[] = [];
  private df: Uint32Array = new Uint32Array(1024);
  private lastEntry: Int32Array = new Int32Array(1024).fill(-1);
  private weights: Float32Array = new Float32Array(0);
  private unknown = 0;
  private byEs = new Map<string, number[]>();
  private byEn = new Map<string, number[]>();
  private bySk = new Map<string, number[]>();
  private deletes: DeleteIndex | null = null;
  private readonly recent = new Map<string, Map<number, TokenMatch>>();

  /** Id of a token, adding it; counts it once per list entry for its rarity. */
  intern(text: string, entry: number): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.forms.length;
      this.ids.set(text, id);
      this.forms.push(tokenForms(text));
      if (id >= this.df.length) this.grow();
    }
    if (this.lastEntry[id] !== entry) {
      this.lastEntry[id] = entry;
      this.df[id]!++;
    }
    return id;
  }

  private grow(): void {
    const df = new Uint32Array(this.df.length * 2);
    df.set(this.df);
    this.df = df;
    const last = new Int32Array(this.lastEntry.length * 2).fill(-1);
    last.set(this.lastEntry);
    this.lastEntry = last;
  }

  /** Computes rarity weights and builds the similarity lookups; call once, after interning. */
  finish(entryCount: number): void {
    const n = Math.max(entryCount, 1);
    // Inverse document frequency over list entries: a token on 1 entry in 30,000 weighs
    // about 10, "garcia" on a few hundred about 5, so common surnames count for less.
    this.weights = new Float32Array(this.forms.length);
    for (let id = 0; id < this.forms.length; id++) this.weights[id] = Math.log((n + 1) / (this.df[id]! + 0.5));
    this.unknown = Math.log((n + 1) / 0.5);
    this.lastEntry = new Int32Array(0);
    this.byEs = groupBy(this.forms, (f) => f.es);
    this.byEn = groupBy(this.forms, (f) => (f.en.length >= 4 ? f.en : ''));
    this.bySk = groupBy(this.forms, (f) => (f.sk.length >= 2 ? f.sk : ''));
    this.deletes = DeleteIndex.build(this.forms.map((f) => f.text), editTolerance);
  }

  get size(): number {
    return this.forms.length;
  }

  lookup(text: string): number | undefined {
    return this.ids.get(text);
  }

  weight(id: number): number {
    return this.weights[id]!;
  }

  entryCount(id: number): number {
    return this.df[id]!;
  }

  /** Weight of a token the list has never seen: as rare as can be. */
  get unknownWeight(): number {
    return this.unknown;
  }

  /**
   * Vocabulary tokens similar to a (full, not initial) query token, with how they agree.
   * Remembered per token text: a batch of names repeats the same given names and surnames.
   */
  similar(forms: TokenForms, vowelless = false): ReadonlyMap<number, TokenMatch> {
    const key = vowelless ? `\u0000${forms.text}` : forms.text;
    let found = this.recent.get(key);
    if (!found) {
      if (this.recent.size >= RECENT_LIMIT) this.recent.clear();
      found = this.lookupSimilar(forms, vowelless);
      this.recent.set(key, found);
    }
    return found;
  }

  private lookupSimilar(forms: TokenForms, vowelless: boolean): Map<number, TokenMatch> {
    const ids = new Set<number>();
    if (vowelless && forms.sk.length >= 2) for (const id of this.bySk.get(forms.sk) ?? []) ids.add(id);
    const exact = this.ids.get(forms.text);
    if (exact !== undefined) ids.add(exact);
    for (const id of this.byEs.get(forms.es) ?? []) ids.add(id);
    if (forms.en.length >= 4) for (const id of this.byEn.get(forms.en) ?? []) ids.add(id);
    // Pet forms and the names they stand for find each other: "Pepe" finds "Jose" and back.
    for (const other of relatedNames(forms.text)) {
      const id = this.ids.get(other);
      if (id !== undefined) ids.add(id);
    }
    // Deletion-variant hits further apart in length than the edit tolerance cannot be within
    // it (sound keys and pet forms above may be): drop them before comparing.
    const length = forms.text.length;
    const near = new Set<number>();
    this.deletes?.lookup(forms.text, editTolerance(length), near);
    for (const id of near) if (Math.abs(this.forms[id]!.text.length - length) <= 2) ids.add(id);
    const out = new Map<number, TokenMatch>();
    for (const id of ids) {
      const other = this.forms[id]!;
      if (other.text.length === 1) continue;
      const m = compareTokens(forms, other, vowelless);
      if (m) out.set(id, m);
    }
    return out;
  }
}

const RECENT_LIMIT = 50_000;

export function tokenForms(text: string): TokenForms {
  return { text, es: spanishKey(text), en: text.length > 1 ? englishKey(text) : text, sk: consonantSkeleton(text) };
}

function groupBy(forms: TokenForms[], key: (f: TokenForms) => string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  forms.forEach((f, id) => {
    const k = key(f);
    if (!k) return;
    const list = m.get(k);
    if (list) list.push(id);
    else m.set(k, [id]);
  });
  return m;
}
