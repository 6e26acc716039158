// What counts as a right answer: an exact-token index over every list name, used to accept
// any entry holding all the kept tokens of a query ("Joaquin Guzman" is a fair answer for two
// entries) and to make sure the benchmark's invented names are really not on the list.
import type { ListEntry } from '../../src/model/list.js';
import { parseName } from '../../src/names/parse.js';

export class ListTruth {
  private readonly postings = new Map<string, number[]>();
  private readonly nameTokens: string[][] = [];
  private readonly nameEntry: number[] = [];

  /** `key` maps each token first (identity, or a sound key to treat sound-alikes as equal). */
  constructor(entries: readonly ListEntry[], private readonly key: (token: string) => string = (t) => t) {
    entries.forEach((e, i) => {
      const kind = e.kind === 'person' ? 'person' : 'organization';
      for (const n of [e.name, ...e.aliases]) this.addName(i, n, kind);
    });
  }

  addName(entry: number, name: string, kind: 'person' | 'organization'): void {
    const toks = [...new Set(parseName(name, kind).tokens.filter((t) => t.text.length > 1).map((t) => this.key(t.text)))];
    const id = this.nameTokens.length;
    this.nameTokens.push(toks);
    this.nameEntry.push(entry);
    for (const t of toks) {
      const list = this.postings.get(t);
      if (list) list.push(id);
      else this.postings.set(t, [id]);
    }
  }

  /** Entries with a name containing every one of `tokens`. */
  entriesHolding(tokens: readonly string[]): Set<number> {
    const toks = [...new Set(tokens.filter((t) => t.length > 1).map(this.key))];
    const out = new Set<number>();
    if (!toks.length) return out;
    const lists = toks.map((t) => this.postings.get(t) ?? []).sort((a, b) => a.length - b.length);
    for (const n of lists[0]!) {
      const names = this.nameTokens[n]!;
      if (toks.every((t) => names.includes(t))) out.add(this.nameEntry[n]!);
    }
    return out;
  }

  /** True when a list name's tokens and `tokens` are one within the other (a fair match). */
  overlapsListName(tokens: readonly string[]): boolean {
    if (this.entriesHolding(tokens).size > 0) return true;
    const toks = new Set(tokens.filter((t) => t.length > 1).map(this.key));
    const seen = new Set<number>();
    for (const t of toks) {
      for (const n of this.postings.get(t) ?? []) {
        if (seen.has(n)) continue;
        seen.add(n);
        if (this.nameTokens[n]!.every((x) => toks.has(x))) return true;
      }
    }
    return false;
  }
}
