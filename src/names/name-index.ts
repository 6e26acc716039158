// The index over a list's names: each name's tokens and roles in flat typed arrays (compact
// for a million names), the vocabulary with its rarity weights, and the candidate finder, so
// a query is scored only against names sharing a similar token with it, never the whole list.
import { CandidateFinder } from './candidates.js';
import { parseName, type NameKind, type ParsedName } from './parse.js';
import { INITIAL_WEIGHT, ROLE, SimilarityCache, scoreName, type QueryToken, type RoleCode, type ScoreDetail } from './score.js';
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

export class NameIndex {
  private readonly finder: CandidateFinder;
  private readonly cache: SimilarityCache;

  constructor(
    readonly table: TokenTable,
    private readonly nameEntry: Uint32Array,
    private readonly nameStart: Uint32Array,
    private readonly tokenIds: Uint32Array,
    private readonly roles: Uint8Array,
    private readonly raw: string[],
  ) {
    this.finder = new CandidateFinder(table, nameStart, tokenIds);
    this.cache = new SimilarityCache(table);
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
      const vowelless = parsed.vowelless;
      const found = initial ? new Map<number, TokenMatch>() : this.table.similar(forms, vowelless);
      const weight = initial ? INITIAL_WEIGHT : this.queryWeight(t.text, found);
      return { forms, initial, vowelless, nickname: parsed.nickname, weight, indexed: [...found.keys()], matches: new Map<number, TokenMatch | null>(found) };
    });
  }

  private queryWeight(text: string, matches: ReadonlyMap<number, TokenMatch>): number {
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
    const { names, bounds } = this.finder.find(query, options.threshold);
    const best = new Map<number, NameHit>();
    const top = new TopScores(options.limit);
    const cache = this.cache.begin(query) ? this.cache : undefined;
    const cand = { tokenIds: this.tokenIds, roles: this.roles, start: 0, end: 0 };
    for (let k = 0; k < names.length; k++) {
      // Candidates come best bound first: once a bound is under the limit-th best entry
      // score held, no later name can enter the results.
      if (bounds[k]! < top.cutoff) break;
      const n = names[k]!;
      cand.start = this.nameStart[n]!;
      cand.end = this.nameStart[n + 1]!;
      const score = scoreName(query, cand, this.table, undefined, cache);
      if (score < options.threshold) continue;
      const entry = this.nameEntry[n]!;
      const prev = best.get(entry);
      if (!prev || score > prev.score) {
        best.set(entry, { entry, name: n, score });
        top.offer(entry, score);
      }
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
}

/** The best score of each of the `limit` best entries so far; `cutoff` is the lowest of them once full. */
class TopScores {
  private readonly entries: number[] = [];
  private readonly scores: number[] = [];
  cutoff = -Infinity;

  constructor(private readonly limit: number) {}

  offer(entry: number, score: number): void {
    const at = this.entries.indexOf(entry);
    if (at >= 0) this.scores[at] = Math.max(this.scores[at]!, score);
    else if (this.entries.length < this.limit) {
      this.entries.push(entry);
      this.scores.push(score);
    } else {
      let low = 0;
      for (let k = 1; k < this.scores.length; k++) if (this.scores[k]! < this.scores[low]!) low = k;
      if (score <= this.scores[low]!) return;
      this.entries[low] = entry;
      this.scores[low] = score;
    }
    if (this.entries.length === this.limit) this.cutoff = Math.min(...this.scores);
  }
}
