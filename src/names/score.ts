// Scores one candidate name against a query: tokens are paired one-to-one regardless of order
// (best pairs first), then matched weight is set against what is missing or conflicting.
// Rarity weights make "Loera" count for more than "Garcia".
import { INITIAL_SIMILARITY, compareTokens, type TokenAgreement, type TokenForms, type TokenMatch } from './similarity.js';
import type { TokenTable } from './token-table.js';

/** Role of a list token, from the list's own name order. */
export const ROLE = { part: 0, givenFirst: 1, givenOther: 2, surnameFirst: 3, surnameOther: 4 } as const;
export type RoleCode = (typeof ROLE)[keyof typeof ROLE];

// How much a list token missing from the query counts against the match, by role: a second
// surname or middle name is often dropped ("Joaquín Guzmán" for GUZMAN LOERA, Joaquin), a
// first surname or first given name much less often.
const MISSING_FROM_QUERY: Record<RoleCode, number> = { 0: 0.4, 1: 0.55, 2: 0.15, 3: 0.55, 4: 0.15 };
/**
 * A nickname query ("El Chapo") names the person by that part alone: the list name's other
 * parts ("GUZMAN, Chapo") are expected to be missing and count this much of their usual.
 */
export const NICKNAME_RELIEF = 0.25;
/** A query token the list name lacks (the list may have dropped a part too). */
const MISSING_FROM_LIST = 0.55;
/** An initial is weak evidence: it weighs this much whatever its letter. */
export const INITIAL_WEIGHT = 1;

export interface QueryToken {
  forms: TokenForms;
  /** From a name in Arabic or Hebrew script (see compareTokens). */
  vowelless: boolean;
  /** From a nickname written alone ("El Chapo"). */
  nickname: boolean;
  weight: number;
  initial: boolean;
  /**
   * Similar vocabulary tokens (id → agreement) found through the index at preparation, then
   * filled in lazily (null: not similar) for the tokens of candidates found through other
   * query tokens, so a token with two typos still pairs once its name is a candidate.
   */
  matches: Map<number, TokenMatch | null>;
  /** The vocabulary tokens the index found similar: what this query token brings as candidates. */
  indexed: readonly number[];
}

export interface CandidateName {
  tokenIds: ArrayLike<number>;
  roles: ArrayLike<number>;
  start: number;
  end: number;
}

export interface PairDetail {
  query: number;
  /** Position of the list token within the name. */
  position: number;
  token: number;
  similarity: number;
  agreement: TokenAgreement;
}

export interface ScoreDetail {
  pairs: PairDetail[];
  /** Query token indexes left unpaired. */
  queryOnly: number[];
  /** Positions (within the name) of list tokens left unpaired. */
  listOnly: number[];
}

// Scratch buffers reused across calls: scoring runs millions of times per second.
let simBuf = new Float32Array(64);
let usedQ = new Uint8Array(8);
let usedC = new Uint8Array(8);

/** Score in [0, 1]; fills `detail` when given (for explanations, off the hot path). */
export function scoreName(query: QueryToken[], cand: CandidateName, table: TokenTable, detail?: ScoreDetail, cache?: SimilarityCache): number {
  const nq = query.length;
  const nc = cand.end - cand.start;
  if (nq === 0 || nc === 0) return 0;
  if (simBuf.length < nq * nc) simBuf = new Float32Array(nq * nc * 2);
  if (usedQ.length < nq) usedQ = new Uint8Array(nq * 2);
  if (usedC.length < nc) usedC = new Uint8Array(nc * 2);
  for (let i = 0; i < nq; i++) {
    const q = query[i]!;
    usedQ[i] = 0;
    for (let j = 0; j < nc; j++) {
      const id = cand.tokenIds[cand.start + j]!;
      simBuf[i * nc + j] = cache ? cache.get(i, id) : tokenSimilarity(q, id, table);
    }
  }
  usedC.fill(0, 0, nc);

  let matched = 0;
  let paired = 0;
  // Greedy one-to-one pairing, best similarity first: names have a handful of tokens, and
  // greedy equals the optimal assignment in all but contrived cases.
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < nq; i++) {
      if (usedQ[i]) continue;
      for (let j = 0; j < nc; j++) {
        const s = simBuf[i * nc + j]!;
        if (s > best && !usedC[j]) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedQ[bi] = 1;
    usedC[bj] = 1;
    const q = query[bi]!;
    const id = cand.tokenIds[cand.start + bj]!;
    const initial = q.initial || table.forms[id]!.text.length === 1;
    const w = initial ? INITIAL_WEIGHT : (q.weight + table.weight(id)) / 2;
    matched += best * w;
    paired += w;
    if (detail) detail.pairs.push({ query: bi, position: bj, token: id, similarity: best, agreement: initial ? 'initial' : q.matches.get(id)?.agreement ?? 'exact' });
  }

  let queryOnly = 0;
  for (let i = 0; i < nq; i++) {
    if (usedQ[i]) continue;
    queryOnly += query[i]!.initial ? INITIAL_WEIGHT : query[i]!.weight;
    detail?.queryOnly.push(i);
  }
  let listOnly = 0;
  let listOnlyDiscounted = 0;
  for (let j = 0; j < nc; j++) {
    if (usedC[j]) continue;
    const id = cand.tokenIds[cand.start + j]!;
    const w = table.forms[id]!.text.length === 1 ? INITIAL_WEIGHT : table.weight(id);
    listOnly += w;
    listOnlyDiscounted += w * MISSING_FROM_QUERY[cand.roles[cand.start + j] as RoleCode];
    detail?.listOnly.push(j);
  }
  // Parts left over on both sides are not "missing" but different: "Juan" against "Pedro"
  // counts in full; only the excess on one side is discounted as a dropped part.
  const conflict = Math.min(queryOnly, listOnly);
  const relief = query[0]!.nickname ? NICKNAME_RELIEF : 1;
  const listExcess = listOnly > 0 ? (relief * listOnlyDiscounted * (listOnly - conflict)) / listOnly : 0;
  const denominator = paired + 2 * conflict + MISSING_FROM_LIST * (queryOnly - conflict) + listExcess;
  return denominator > 0 ? matched / denominator : 0;
}

function tokenSimilarity(q: QueryToken, id: number, table: TokenTable): number {
  const text = table.forms[id]!.text;
  if (q.initial) return text[0] === q.forms.text ? INITIAL_SIMILARITY : 0;
  if (text.length === 1) return q.forms.text[0] === text ? INITIAL_SIMILARITY : 0;
  let m = q.matches.get(id);
  if (m === undefined) {
    m = compareTokens(q.forms, table.forms[id]!, q.vowelless);
    q.matches.set(id, m);
  }
  return m?.similarity ?? 0;
}

const MAX_CACHED_TOKENS = 16;

/**
 * Similarities of one query's tokens to vocabulary tokens, in flat typed arrays indexed by
 * token id: scoring thousands of candidates looks the same tokens up again and again, and an
 * array read is many times cheaper than a Map lookup.
 */
export class SimilarityCache {
  private readonly stamp: Int32Array;
  private readonly values: Float32Array;
  private current = 0;
  private query: QueryToken[] = [];

  constructor(private readonly table: TokenTable) {
    this.stamp = new Int32Array(table.size);
    this.values = new Float32Array(table.size * MAX_CACHED_TOKENS);
  }

  /** Starts a query; returns false when it has too many tokens to cache (score without). */
  begin(query: QueryToken[]): boolean {
    if (query.length > MAX_CACHED_TOKENS) return false;
    this.current++;
    this.query = query;
    return true;
  }

  get(i: number, id: number): number {
    if (this.stamp[id] !== this.current) {
      this.stamp[id] = this.current;
      const base = id * MAX_CACHED_TOKENS;
      for (let k = 0; k < this.query.length; k++) this.values[base + k] = tokenSimilarity(this.query[k]!, id, this.table);
    }
    return this.values[id * MAX_CACHED_TOKENS + i]!;
  }
}
