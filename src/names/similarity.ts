// Token-level similarity: exact, pet form, sound-alike, or within an edit distance that grows
// with the token's length; single letters match as initials. Scores are in [0, 1].
import { distance } from 'fastest-levenshtein';
import { isNickname } from './nicknames.js';

/** Similarity given to an initial ("J") against a token it could stand for ("joaquin"). */
export const INITIAL_SIMILARITY = 0.6;
/** Below this, two tokens of five letters or more are not the same name part. */
export const MIN_TOKEN_SIMILARITY = 0.7;
/**
 * One letter off in a three- or four-letter token ("Jsoe", "Lusi"): often a typo, but as
 * often another name ("Mayo"/"Fayo", "Ana"/"Ada"), so it pairs weakly, enough to keep a typo
 * from counting as a different name but never enough to make a match on its own.
 */
export const SHORT_TYPO_SIMILARITY = 0.7;

/**
 * Edits tolerated for a token of this length: none up to two letters, one up to five, two
 * from six on (the delete index is built to find every token within this tolerance, so it
 * stays at two).
 */
export function editTolerance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 5) return 1;
  return 2;
}

/**
 * Edit distance counting an adjacent transposition ("Guzamn") as one edit (optimal string
 * alignment). fastest-levenshtein, the fastest maintained implementation (bit-parallel),
 * gives the plain Levenshtein distance first; only when transpositions could bring it within
 * `max` does the small dynamic programme below run (no maintained package computes
 * transpositions at this speed).
 */
export function editDistance(a: string, b: string, max = 2): number {
  const d = distance(a, b);
  if (d <= 1 || d > max + 2) return d;
  return Math.min(d, osaDistance(a, b));
}

let rowA = new Int32Array(32);
let rowB = new Int32Array(32);
let rowC = new Int32Array(32);

function osaDistance(a: string, b: string): number {
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n * 2 + 2);
    rowB = new Int32Array(n * 2 + 2);
    rowC = new Int32Array(n * 2 + 2);
  }
  // rowA: two rows back, rowB: previous row, rowC: current row.
  for (let j = 0; j <= n; j++) rowB[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowC[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(rowB[j]! + 1, rowC[j - 1]! + 1, rowB[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, rowA[j - 2]! + 1);
      rowC[j] = v;
    }
    const t = rowA;
    rowA = rowB;
    rowB = rowC;
    rowC = t;
  }
  return rowB[n]!;
}

/** Why two tokens were taken as the same part: shown in explanations. */
export type TokenAgreement = 'exact' | 'nickname' | 'phonetic' | 'spelling' | 'initial';

export interface TokenForms {
  text: string;
  /** Spanish-oriented sound key. */
  es: string;
  /** English (Double Metaphone) key. */
  en: string;
  /** Consonant skeleton, compared only for names from vowelless scripts. */
  sk: string;
}

export interface TokenMatch {
  similarity: number;
  agreement: TokenAgreement;
}

/**
 * How alike two full tokens are, or null when they are different name parts. `vowelless`:
 * `a` comes from Arabic or Hebrew script, so agreeing consonants are a match.
 */
export function compareTokens(a: TokenForms, b: TokenForms, vowelless = false): TokenMatch | null {
  if (a.text === b.text) return { similarity: 1, agreement: 'exact' };
  if (vowelless && a.sk.length >= 2 && a.sk === b.sk) return { similarity: 0.85, agreement: 'phonetic' };
  const la = a.text.length;
  const lb = b.text.length;
  if (la === 1 || lb === 1) {
    return a.text[0] === b.text[0] ? { similarity: INITIAL_SIMILARITY, agreement: 'initial' } : null;
  }
  if (isNickname(a.text, b.text)) return { similarity: 0.9, agreement: 'nickname' };
  const longest = Math.max(la, lb);
  // Lengths too far apart cannot be within tolerance; skip the distance computation.
  if (Math.abs(la - lb) > editTolerance(longest) + 1) return null;
  const d = editDistance(a.text, b.text, editTolerance(longest));
  // One edit in a five-letter name ("chapo"/"chato") is weaker evidence than in a ten-letter
  // one, hence the length in the denominator. Misspellings rarely touch the first letter
  // (Pollock and Zamora's error studies; the idea behind Jaro-Winkler's prefix bonus), while
  // "Fernandez"/"Hernandez", "Perez"/"Jerez" are different names: a differing first letter
  // costs more. Sound-alike first letters ("Servantes") are the phonetic key's business.
  const firstLetter = a.text[0] === b.text[0] ? 0 : 0.1;
  const spelling = 1 - (1.2 * d) / (longest + 1) - firstLetter;
  if (a.es === b.es && a.es.length >= 2) return { similarity: Math.max(0.9, spelling), agreement: 'phonetic' };
  if (longest <= 4) return d <= editTolerance(longest) ? { similarity: SHORT_TYPO_SIMILARITY - firstLetter, agreement: 'spelling' } : null;
  if (d <= editTolerance(longest) && spelling >= MIN_TOKEN_SIMILARITY) return { similarity: spelling, agreement: 'spelling' };
  if (a.en === b.en && a.en.length >= 4 && d <= editTolerance(longest) && a.text[0] === b.text[0]) return { similarity: Math.max(spelling, 0.72), agreement: 'phonetic' };
  return null;
}
