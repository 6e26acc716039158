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

// Memory layout. A search touches tens of thousands of names at random among a million, so
// its cost is cache misses, and the layout keeps them to about one per name touched:
// - what every posting visited reads, whether the current search has touched the name and
//   where it keeps its shares, is 8 bytes a name in `marks` (a compact array stays in cache
//   far better than wide records);
// - what the bound needs of the name itself (its weights and letters) sits in one 16-byte
//   record of `factInts`/`factFloats`, read once, when the search first touches the name;
// - that first touch copies it into a dense record of the search's own `slot` buffer, in
//   touch order, where the shares are then added up and the bounds read in sequence.
const MARK_STRIDE = 2;
/** Which search (and query token) last touched the name; see `stampBase`. */
const MARK = 0;
/** The name's slot in the current search (valid when MARK belongs to it). */
const SLOT = 1;
const FACT_STRIDE = 4;
/** Total token weight of the name, its weightiest token, and a bitmask of its tokens' first letters. */
const WEIGHT = 0;
const MAX_WEIGHT = 1;
const LETTERS = 2;

const SLOT_STRIDE = 8;
const S_NAME = 0;
/** Query-side and list-side weight the name shares with the query. */
const S_SHARED_Q = 1;
const S_SHARED_L = 2;
/** The same, each part scaled by how alike the tokens are (what scoring will credit at most). */
const S_CREDIT_Q = 3;
const S_CREDIT_L = 4;
const S_WEIGHT = 5;
const S_MAX_WEIGHT = 6;
const S_LETTERS = 7;

/** Marks are restarted (all cleared) before they could overflow an Int32. */
const MARK_LIMIT = 2 ** 30;

export class CandidateFinder {
  private readonly postingStart: Uint32Array;
  private readonly postings: Uint32Array;
  /** MARK_STRIDE integers per name. */
  private readonly marks: Int32Array;
  /** FACT_STRIDE numbers per name, read as integers or as floats. */
  private readonly factInts: Int32Array;
  private readonly factFloats: Float32Array;
  /** The current search's records of the names it touched (SLOT_STRIDE per name). */
  private slotInts = new Int32Array(1024 * SLOT_STRIDE);
  private slotFloats = new Float32Array(this.slotInts.buffer);
  /**
   * A search owns the marks from `stampBase` up: a name marked below it is untouched, and
   * `stampBase + k` means query token k was the last to add to it (so a token similar to two
   * of a name's tokens counts once).
   */
  private stampBase = 1;
  private nicknameQuery = false;

  // Marks of the vocabulary tokens similar to one query token, for the second pass.
  private readonly tokenMark: Int32Array;
  private readonly tokenSim: Float32Array;
  private tokenMarkNo = 0;

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
    this.marks = new Int32Array(names * MARK_STRIDE);
    this.factInts = new Int32Array(names * FACT_STRIDE);
    this.factFloats = new Float32Array(this.factInts.buffer);
    for (let n = 0; n < names; n++) {
      const r = n * FACT_STRIDE;
      for (let k = nameStart[n]!; k < nameStart[n + 1]!; k++) {
        const v = tokenIds[k]!;
        this.postings[counts[v]!++] = n;
        const text = table.forms[v]!.text;
        const w = text.length === 1 ? INITIAL_WEIGHT : table.weight(v);
        this.factFloats[r + WEIGHT]! += w;
        if (w > this.factFloats[r + MAX_WEIGHT]!) this.factFloats[r + MAX_WEIGHT] = w;
        this.factInts[r + LETTERS]! |= letterBit(text);
      }
    }
    this.tokenMark = new Int32Array(table.size);
    this.tokenSim = new Float32Array(table.size);
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
    const base = this.beginSearch(query.length);
    let touched = 0;
    for (let k = first; k < blocking.length; k++) {
      const q = blocking[k]!;
      const stamp = base + k;
      const ids = [...q.indexed].sort((a, b) => (q.matches.get(b)?.similarity ?? 0) - (q.matches.get(a)?.similarity ?? 0));
      for (const id of ids) {
        const wl = this.table.weight(id);
        const sim = q.matches.get(id)?.similarity ?? 1;
        for (let p = this.postingStart[id]!; p < this.postingStart[id + 1]!; p++) {
          const n = this.postings[p]!;
          const m = n * MARK_STRIDE;
          const seen = this.marks[m + MARK]!;
          if (seen === stamp) continue;
          this.marks[m + MARK] = stamp;
          const s = seen < base ? this.admit(n, touched++) : this.marks[m + SLOT]! * SLOT_STRIDE;
          this.share(s, q.weight, wl, sim);
        }
      }
    }
    // The common tokens left out above bring no names, but what they share with the names
    // already found is counted, so the bound does not assume they all agree.
    for (let k = 0; k < first; k++) this.shareWithTouched(blocking[k]!, base + k, touched, base);
    optional -= blocking.slice(0, first).reduce((s, q) => s + q.weight, 0);
    looseTokens.splice(looseTokens.length - first, first);
    // Sorted as one Float64Array (bound in the high bits, name in the low 21): a native
    // numeric sort, no comparator calls.
    const keys = new Float64Array(touched);
    let count = 0;
    for (let s = 0; s < touched * SLOT_STRIDE; s += SLOT_STRIDE) {
      const b = this.bound(s, total, optional, looseTokens);
      if (b >= threshold) keys[count++] = Math.floor(b * BOUND_SCALE) * NAME_LIMIT + this.slotInts[s + S_NAME]!;
    }
    const sorted = keys.subarray(0, count).sort().reverse();
    const found = new Uint32Array(count);
    const bounds = new Float32Array(count);
    for (let k = 0; k < count; k++) {
      const key = sorted[k]!;
      found[k] = key % NAME_LIMIT;
      // Rounded up, so the bound stays a bound.
      bounds[k] = (Math.floor(key / NAME_LIMIT) + 1) / BOUND_SCALE;
    }
    return { names: found, bounds };
  }

  /** Claims the marks for a search of `tokens` query tokens; returns the first of them. */
  private beginSearch(tokens: number): number {
    if (this.stampBase + tokens + 1 >= MARK_LIMIT) {
      for (let m = MARK; m < this.marks.length; m += MARK_STRIDE) this.marks[m] = 0;
      this.stampBase = 1;
    }
    const base = this.stampBase;
    this.stampBase += tokens + 1;
    return base;
  }

  /** Gives name `n` slot number `slot` in this search; returns the slot record's start. */
  private admit(n: number, slot: number): number {
    const s = slot * SLOT_STRIDE;
    if (s === this.slotInts.length) this.growSlots();
    this.marks[n * MARK_STRIDE + SLOT] = slot;
    const r = n * FACT_STRIDE;
    const ints = this.slotInts;
    const floats = this.slotFloats;
    ints[s + S_NAME] = n;
    floats[s + S_SHARED_Q] = 0;
    floats[s + S_SHARED_L] = 0;
    floats[s + S_CREDIT_Q] = 0;
    floats[s + S_CREDIT_L] = 0;
    floats[s + S_WEIGHT] = this.factFloats[r + WEIGHT]!;
    floats[s + S_MAX_WEIGHT] = this.factFloats[r + MAX_WEIGHT]!;
    ints[s + S_LETTERS] = this.factInts[r + LETTERS]!;
    return s;
  }

  private growSlots(): void {
    const grown = new Int32Array(this.slotInts.length * 2);
    grown.set(this.slotInts);
    this.slotInts = grown;
    this.slotFloats = new Float32Array(grown.buffer);
  }

  /** Adds what one query token shares with the name whose slot record starts at `s`. */
  private share(s: number, wq: number, wl: number, sim: number): void {
    const f = this.slotFloats;
    f[s + S_SHARED_Q]! += wq;
    f[s + S_SHARED_L]! += wl;
    f[s + S_CREDIT_Q]! += sim * wq;
    f[s + S_CREDIT_L]! += sim * wl;
  }

  /** Adds one (common) query token's share to the `touched` names already found, by whichever is cheaper. */
  private shareWithTouched(q: QueryToken, stamp: number, touched: number, base: number): void {
    const mark = ++this.tokenMarkNo;
    let postings = 0;
    for (const id of q.indexed) {
      this.tokenMark[id] = mark;
      this.tokenSim[id] = q.matches.get(id)?.similarity ?? 1;
      postings += this.postingStart[id + 1]! - this.postingStart[id]!;
    }
    if (postings > touched * 4) {
      // Few names found: look at each one's tokens.
      for (let s = 0; s < touched * SLOT_STRIDE; s += SLOT_STRIDE) {
        const n = this.slotInts[s + S_NAME]!;
        let best = -1;
        for (let t = this.nameStart[n]!; t < this.nameStart[n + 1]!; t++) {
          const id = this.tokenIds[t]!;
          if (this.tokenMark[id] === mark && (best < 0 || this.tokenSim[id]! > this.tokenSim[best]!)) best = id;
        }
        if (best >= 0) this.share(s, q.weight, this.table.weight(best), this.tokenSim[best]!);
      }
      return;
    }
    for (const id of q.indexed) {
      for (let p = this.postingStart[id]!; p < this.postingStart[id + 1]!; p++) {
        const m = this.postings[p]! * MARK_STRIDE;
        const seen = this.marks[m + MARK]!;
        if (seen < base || seen === stamp) continue;
        this.marks[m + MARK] = stamp;
        this.share(this.marks[m + SLOT]! * SLOT_STRIDE, q.weight, this.table.weight(id), this.tokenSim[id]!);
      }
    }
  }

  /** An upper bound of a name's score (slot record at `s`): every shared part agrees fully, loose tokens pair where they can. */
  private bound(s: number, total: number, optional: number, loose: readonly QueryToken[]): number {
    const f = this.slotFloats;
    const weight = f[s + S_WEIGHT]!;
    let absorbed = 0;
    for (const q of loose) {
      if (q.initial && (this.slotInts[s + S_LETTERS]! & letterBit(q.forms.text)) === 0) continue;
      absorbed += f[s + S_MAX_WEIGHT]!;
    }
    const queryShared = f[s + S_SHARED_Q]! + optional;
    const queryOnly = Math.max(0, total - queryShared);
    const listShared = Math.min(weight, f[s + S_SHARED_L]! + absorbed);
    const listOnly = weight - listShared;
    const paired = (queryShared + listShared) / 2;
    // Loose tokens may agree fully; shared ones at most as much as their best similarity.
    const credit = (f[s + S_CREDIT_Q]! + optional + Math.min(weight, f[s + S_CREDIT_L]! + absorbed)) / 2;
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
