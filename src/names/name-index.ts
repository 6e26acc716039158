// The candidate index over a list's names (blocking): postings from each vocabulary token to
// the names using it, so a query only looks at names sharing a similar token with it, never
// at the whole list. Names are held in flat typed arrays to keep a million of them compact.
import { parseName, type NameKind, type ParsedName } from './parse.js';
import { INITIAL_WEIGHT, ROLE, scoreName, type QueryToken, type RoleCode, type ScoreDetail } from './score.js';
import type { TokenMatch } from './similarity.js';
import { TokenTable, tokenForms } from './token-table.js';

export interface NameHit {
  /** The entry number given to `add`. */
  entry: number;
  /** Index of the matched name (primary or alias) within the index. */
  name: number;
  score: number;
}

export interface SearchOptions {
  /** Lowest score returned. */
  threshold: number;
  /** Most entries returned (best first). */
  limit: number;
}

export class NameIndexBuilder {
  private readonly table = new TokenTable();
  private readonly nameEntry: number[] = [];
  private readonly nameStart: number[] = [0];
  private tokenIds = new Uint32Array(1 << 16);
  private roles = new Uint8Array(1 << 16);
  private tokenCount = 0;
  private readonly raw: string[] = [];
  private entries = 0;
  private lastEntry = -1;

  /** Adds one written name of list entry `entry` (entries numbered from 0, names in entry order). */
  add(entry: number, name: string, kind: NameKind): void {
    if (entry !== this.lastEntry) {
      this.entries++;
      this.lastEntry = entry;
    }
    const parsed = parseName(name, kind);
    if (parsed.tokens.length === 0) return;
    const roles = roleCodes(parsed);
    this.ensure(this.tokenCount + parsed.tokens.length);
    parsed.tokens.forEach((t, k) => {
      this.tokenIds[this.tokenCount] = this.table.intern(t.text, entry);
      this.roles[this.tokenCount] = roles[k]!;
      this.tokenCount++;
    });
    this.nameEntry.push(entry);
    this.nameStart.push(this.tokenCount);
    this.raw.push(name);
  }

  private ensure(n: number): void {
    if (n <= this.tokenIds.length) return;
    const ids = new Uint32Array(Math.max(n, this.tokenIds.length * 2));
    ids.set(this.tokenIds);
    this.tokenIds = ids;
    const roles = new Uint8Array(ids.length);
    roles.set(this.roles);
    this.roles = roles;
  }

  build(): NameIndex {
    this.table.finish(this.entries);
    return new NameIndex(this.table, Uint32Array.from(this.nameEntry), Uint32Array.from(this.nameStart), this.tokenIds.slice(0, this.tokenCount), this.roles.slice(0, this.tokenCount), this.raw);
  }
}

function roleCodes(parsed: ParsedName): RoleCode[] {
  let given = 0;
  let surname = 0;
  return parsed.tokens.map((t) => {
    if (t.role === 'given') return given++ === 0 ? ROLE.givenFirst : ROLE.givenOther;
    if (t.role === 'surname') return surname++ === 0 ? ROLE.surnameFirst : ROLE.surnameOther;
    return ROLE.part;
  });
}

/** Share of a query's token weight a name must be able to match to be worth scoring. */
const MIN_COVERAGE = 0.5;

export class NameIndex {
  private readonly postingStart: Uint32Array;
  private readonly postings: Uint32Array;
  // Per-search scratch: which query token last touched a name, and whether it was listed.
  private readonly seen: Int32Array;
  private searchNo = 0;

  constructor(
    readonly table: TokenTable,
    private readonly nameEntry: Uint32Array,
    private readonly nameStart: Uint32Array,
    private readonly tokenIds: Uint32Array,
    private readonly roles: Uint8Array,
    private readonly raw: string[],
  ) {
    const counts = new Uint32Array(table.size + 1);
    for (let k = 0; k < tokenIds.length; k++) counts[tokenIds[k]! + 1]!++;
    for (let v = 1; v <= table.size; v++) counts[v]! += counts[v - 1]!;
    this.postingStart = counts.slice();
    this.postings = new Uint32Array(tokenIds.length);
    const fill = counts;
    for (let n = 0; n < nameEntry.length; n++) {
      for (let k = nameStart[n]!; k < nameStart[n + 1]!; k++) {
        const v = tokenIds[k]!;
        // A name repeating a token ("Mohammed Mohammed") is posted once per occurrence; harmless.
        this.postings[fill[v]!++] = n;
      }
    }
    this.seen = new Int32Array(nameEntry.length);
  }

  get nameCount(): number {
    return this.nameEntry.length;
  }

  nameText(name: number): string {
    return this.raw[name]!;
  }

  nameEntryOf(name: number): number {
    return this.nameEntry[name]!;
  }

  /** Prepares a query name once: tokens, weights and similar vocabulary tokens. */
  prepare(name: string, kind: NameKind = 'unknown'): QueryToken[] {
    const parsed = parseName(name, kind);
    return parsed.tokens.map((t) => {
      const forms = tokenForms(t.text);
      const initial = t.text.length === 1;
      const found = initial ? new Map<number, TokenMatch>() : this.table.similar(forms);
      const weight = initial ? INITIAL_WEIGHT : this.queryWeight(t.text, found);
      return { forms, initial, weight, indexed: [...found.keys()], matches: new Map<number, TokenMatch | null>(found) };
    });
  }

  private queryWeight(text: string, matches: Map<number, TokenMatch>): number {
    const exact = this.table.lookup(text);
    if (exact !== undefined) return this.table.weight(exact);
    // A misspelt token weighs what the token it stands for weighs; an unseen one is rare.
    let best = -1;
    let weight = this.table.unknownWeight;
    for (const [id, m] of matches) {
      if (m.similarity > best) {
        best = m.similarity;
        weight = this.table.weight(id);
      }
    }
    return weight;
  }

  /** Best-scoring entries for a prepared query, at most `limit`, each with its best name. */
  search(query: QueryToken[], options: SearchOptions): NameHit[] {
    const names = this.candidates(query);
    const best = new Map<number, NameHit>();
    const cand = { tokenIds: this.tokenIds, roles: this.roles, start: 0, end: 0 };
    for (const n of names) {
      cand.start = this.nameStart[n]!;
      cand.end = this.nameStart[n + 1]!;
      const score = scoreName(query, cand, this.table);
      if (score < options.threshold) continue;
      const entry = this.nameEntry[n]!;
      const prev = best.get(entry);
      if (!prev || score > prev.score) best.set(entry, { entry, name: n, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.entry - b.entry).slice(0, options.limit);
  }

  /** Token-level detail of one name's score, for explanations. */
  explain(query: QueryToken[], name: number): { score: number; detail: ScoreDetail; roles: RoleCode[]; tokens: string[] } {
    const start = this.nameStart[name]!;
    const end = this.nameStart[name + 1]!;
    const detail: ScoreDetail = { pairs: [], queryOnly: [], listOnly: [] };
    const score = scoreName(query, { tokenIds: this.tokenIds, roles: this.roles, start, end }, this.table, detail);
    const tokens: string[] = [];
    const roles: RoleCode[] = [];
    for (let k = start; k < end; k++) {
      tokens.push(this.table.forms[this.tokenIds[k]!]!.text);
      roles.push(this.roles[k] as RoleCode);
    }
    return { score, detail, roles, tokens };
  }

  /**
   * Names sharing a similar token with the query's essential tokens: the rarest ones whose
   * weight a match cannot do without (a name matching only "Juan" cannot reach the
   * threshold for "Juan Guzmán Loera", so Juan's long posting list is never read).
   */
  private candidates(query: QueryToken[]): number[] {
    // Tokens the index found nothing for (an unseen word, or two typos) cannot bring
    // candidates, though they may still pair at scoring: their weight uses up what a
    // candidate may leave unmatched, so fewer of the other tokens can be skipped.
    const total = query.reduce((s, q) => s + q.weight, 0);
    const blocking = query.filter((q) => !q.initial && q.indexed.length > 0).sort((a, b) => a.weight - b.weight);
    const blind = query.reduce((s, q) => s + (!q.initial && q.indexed.length === 0 ? q.weight : 0), 0);
    let optional = query.reduce((s, q) => s + (q.initial ? q.weight : 0), 0) + blind;
    let first = 0;
    while (first < blocking.length - 1 && optional + blocking[first]!.weight < (1 - MIN_COVERAGE) * total) optional += blocking[first++]!.weight;
    const stamp = ++this.searchNo;
    const out: number[] = [];
    for (let k = first; k < blocking.length; k++) {
      for (const id of blocking[k]!.indexed) {
        for (let p = this.postingStart[id]!; p < this.postingStart[id + 1]!; p++) {
          const n = this.postings[p]!;
          if (this.seen[n] === stamp) continue;
          this.seen[n] = stamp;
          out.push(n);
        }
      }
    }
    return out;
  }
}
