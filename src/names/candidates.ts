// Blocking: finds the names worth scoring for a query without scanning the list. Postings of
// the query's similar tokens are walked, rarest first; tokens too common to matter on their
// own are left out, and each name touched gets an optimistic score bound from the weight it
// shares with the query, so only names that could reach the threshold are scored in full.
import { INITIAL_WEIGHT, NICKNAME_RELIEF, type QueryToken } from './score.js';
import type { TokenTable } from './token-table.js';

// The smallest factors scoring applies to an unpaired part (see score.ts): the bound must
// never be below the real score, so it assumes the most lenient case.
const LEAST_QUERY_ONLY = 0.55;
const LEAST_LIST_ONLY = 0.15;
const CONFLICT = 2;
const BOUND_SCALE = 2 ** 20;
const NAME_LIMIT = 2 ** 21;

export interface Candidates {
  names: Uint32Array;
  /** Upper bound of each name's score, in decreasing order. */
  bounds: Float32Array;
}

export class CandidateFinder {
  private readonly postingStart: Uint32Array;
  private readonly postings: Uint32Array;
  /** Total token weight of each name, and a bitmask of its tokens' first letters. */
  private readonly nameWeight: Float32Array;
  private readonly nameMaxWeight: Float32Array;
  private readonly nameLetters: Uint32Array;
  // Per-search scratch, reused: which search and which query token last touched each name,
  // and the query-side and list-side weight it shares with the query.
  private readonly seen: Int32Array;
  private readonly lastToken: Int16Array;
  private readonly sharedQ: Float32Array;
  private readonly sharedL: Float32Array;
  /** The same, each part scaled by how alike the tokens are (what scoring will credit at most). */
  private readonly creditQ: Float32Array;
  private readonly creditL: Float32Array;
  private searchNo = 0;
  private nicknameQuery = false;

  // Marks of the vocabulary tokens similar to one query token, for the second pass.
  private readonly mark: Int32Array;
  private readonly markSim: Float32Array;
  private markNo = 0;

  constructor(
    private readonly table: TokenTable,
    private readonly nameStart: Uint32Array,
    private readonly tokenIds: Uint32Array,
  ) {
    const names = nameStart.length - 1;
    if (names >= NAME_LIMIT) throw new RangeError(`too many names for one index (${names})`);
    const counts = new Uint32Array(table.size + 1);
    for (let k = 0; k < tokenIds.length; k++) counts[tokenIds[k]! + 1]!++;
    for (let v = 1; v <= table.size; v++) counts[v]! += counts[v - 1]!;
    this.postingStart = counts.slice();
    this.postings = new Uint32Array(tokenIds.length);
    this.nameWeight = new Float32Array(names);
    this.nameMaxWeight = new Float32Array(names);
    this.nameLetters = new Uint32Array(names);
    for (let n = 0; n < names; n++) {
      for (let k = nameStart[n]!; k < nameStart[n + 1]!; k++) {
        const v = tokenIds[k]!;
        this.postings[counts[v]!++] = n;
        const text = table.forms[v]!.text;
        const w = text.length === 1 ? INITIAL_WEIGHT : table.weight(v);
        this.nameWeight[n]! += w;
        if (w > this.nameMaxWeight[n]!) this.nameMaxWeight[n] = w;
        this.nameLetters[n]! |= letterBit(text);
      }
    }
    this.seen = new Int32Array(names);
    this.lastToken = new Int16Array(names);
    this.sharedQ = new Float32Array(names);
    this.sharedL = new Float32Array(names);
    this.creditQ = new Float32Array(names);
    this.creditL = new Float32Array(names);
    this.mark = new Int32Array(table.size);
    this.markSim = new Float32Array(table.size);
  }

  /**
   * Names that may score at least `threshold` against the query, best bound first: the
   * caller can stop once a bound falls under the scores it already holds.
   */
  find(query: QueryToken[], threshold: number): Candidates {
    this.nicknameQuery = query[0]?.nickname === true;
    const total = query.reduce((s, q) => s + q.weight, 0);
    // Tokens the index found nothing for (unseen words, two typos) and initials bring no
    // candidates but may pair at scoring: their weight is assumed matched.
    const blocking = query.filter((q) => !q.initial && q.indexed.length > 0).sort((a, b) => a.weight - b.weight);
    let optional = total - blocking.reduce((s, q) => s + q.weight, 0);
    const looseTokens = query.filter((q) => q.initial || q.indexed.length === 0);
    // Leave out the commonest tokens while what they carry cannot reach the threshold alone.
    const maxUnshared = ((1 - threshold) / (threshold * LEAST_QUERY_ONLY + 1 - threshold)) * total;
    let first = 0;
    while (first < blocking.length - 1 && optional + blocking[first]!.weight < total - maxUnshared) {
      optional += blocking[first]!.weight;
      looseTokens.push(blocking[first]!);
      first++;
    }
    const stamp = ++this.searchNo;
    const touched: number[] = [];
    for (let k = first; k < blocking.length; k++) {
      const q = blocking[k]!;
      const ids = [...q.indexed].sort((a, b) => (q.matches.get(b)?.similarity ?? 0) - (q.matches.get(a)?.similarity ?? 0));
      for (const id of ids) {
        const wl = this.table.weight(id);
        const sim = q.matches.get(id)?.similarity ?? 1;
        for (let p = this.postingStart[id]!; p < this.postingStart[id + 1]!; p++) {
          const n = this.postings[p]!;
          if (this.seen[n] !== stamp) {
            this.seen[n] = stamp;
            this.sharedQ[n] = 0;
            this.sharedL[n] = 0;
            this.creditQ[n] = 0;
            this.creditL[n] = 0;
            this.lastToken[n] = -1;
            touched.push(n);
          }
          if (this.lastToken[n] === k) continue;
          this.lastToken[n] = k;
          this.share(n, q.weight, wl, sim);
        }
      }
    }
    // The common tokens left out above bring no names, but what they share with the names
    // already found is counted, so the bound does not assume they all agree.
    for (let k = 0; k < first; k++) this.shareWithTouched(blocking[k]!, k, touched, stamp);
    optional -= blocking.slice(0, first).reduce((s, q) => s + q.weight, 0);
    looseTokens.splice(looseTokens.length - first, first);
    // Sorted as one Float64Array (bound in the high bits, name in the low 21): a native
    // numeric sort, no comparator calls.
    const keys = new Float64Array(touched.length);
    let count = 0;
    for (const n of touched) {
      const b = this.bound(n, total, optional, looseTokens);
      if (b >= threshold) keys[count++] = Math.floor(b * BOUND_SCALE) * NAME_LIMIT + n;
    }
    const sorted = keys.subarray(0, count).sort().reverse();
    const names = new Uint32Array(count);
    const bounds = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      const key = sorted[k]!;
      names[k] = key % NAME_LIMIT;
      // Rounded up, so the bound stays a bound.
      bounds[k] = (Math.floor(key / NAME_LIMIT) + 1) / BOUND_SCALE;
    }
    return { names, bounds };
  }

  private share(n: number, wq: number, wl: number, sim: number): void {
    this.sharedQ[n]! += wq;
    this.sharedL[n]! += wl;
    this.creditQ[n]! += sim * wq;
    this.creditL[n]! += sim * wl;
  }

  /** Adds one (common) query token's share to names already found, by whichever is cheaper. */
  private shareWithTouched(q: QueryToken, k: number, touched: readonly number[], stamp: number): void {
    const mark = ++this.markNo;
    let postings = 0;
    for (const id of q.indexed) {
      this.mark[id] = mark;
      this.markSim[id] = q.matches.get(id)?.similarity ?? 1;
      postings += this.postingStart[id + 1]! - this.postingStart[id]!;
    }
    if (postings > touched.length * 4) {
      // Few names found: look at each one's tokens.
      for (const n of touched) {
        let best = -1;
        for (let t = this.nameStart[n]!; t < this.nameStart[n + 1]!; t++) {
          const id = this.tokenIds[t]!;
          if (this.mark[id] === mark && (best < 0 || this.markSim[id]! > this.markSim[best]!)) best = id;
        }
        if (best >= 0) this.share(n, q.weight, this.table.weight(best), this.markSim[best]!);
      }
      return;
    }
    for (const id of q.indexed) {
      for (let p = this.postingStart[id]!; p < this.postingStart[id + 1]!; p++) {
        const n = this.postings[p]!;
        if (this.seen[n] !== stamp || this.lastToken[n] === k) continue;
        this.lastToken[n] = k;
        this.share(n, q.weight, this.table.weight(id), this.markSim[id]!);
      }
    }
  }

  /** An upper bound of the name's score: every shared part agrees fully, loose tokens pair where they can. */
  private bound(n: number, total: number, optional: number, loose: readonly QueryToken[]): number {
    let absorbed = 0;
    for (const q of loose) {
      if (q.initial && (this.nameLetters[n]! & letterBit(q.forms.text)) === 0) continue;
      absorbed += this.nameMaxWeight[n]!;
    }
    const queryShared = this.sharedQ[n]! + optional;
    const queryOnly = Math.max(0, total - queryShared);
    const listShared = Math.min(this.nameWeight[n]!, this.sharedL[n]! + absorbed);
    const listOnly = this.nameWeight[n]! - listShared;
    const paired = (queryShared + listShared) / 2;
    // Loose tokens may agree fully; shared ones at most as much as their best similarity.
    const credit = (this.creditQ[n]! + optional + Math.min(this.nameWeight[n]!, this.creditL[n]! + absorbed)) / 2;
    const conflict = Math.min(queryOnly, listOnly);
    const leastListOnly = this.nicknameQuery ? LEAST_LIST_ONLY * NICKNAME_RELIEF : LEAST_LIST_ONLY;
    const denominator = paired + CONFLICT * conflict + LEAST_QUERY_ONLY * (queryOnly - conflict) + leastListOnly * (listOnly - conflict);
    return denominator > 0 ? Math.min(1, credit / denominator) : 0;
  }
}

function letterBit(text: string): number {
  const c = text.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? 1 << c : 1 << 26;
}
