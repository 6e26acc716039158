// Token-level similarity: exact, pet form, sound-alike, or within an edit distance that grows
// with the token's length; single letters match as initials. Scores are in [0, 1].
import { distance } from 'fastest-levenshtein';
import { isNickname } from './nicknames.js';

/** Similarity given to an initial ("J") against a token it could stand for ("joaquin"). */
export const INITIAL_SIMILARITY = 0.6;
/** Below this, two tokens are not considered the same name part at all. */
export const MIN_TOKEN_SIMILARITY = 0.7;

/**
 * Edits tolerated for a token of this length: none up to 4 letters (one letter turns "Mayo"
 * into "Fayo", another name), one for five, two from six on (the delete index is built to
 * find every token within this tolerance, so it stays at two).
 */
export function editTolerance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 5) return 1;
  return 2;
}

/**
 * Levenshtein distance with an adjacent transposition ("Guzamn") counted as one edit.
 * fastest-levenshtein is the fastest maintained implementation (bit-parallel); it has no
 * transposition, so the one common case is detected here instead of a slower Damerau pass.
 */
export function editDistance(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length && isSingleTransposition(a, b)) return 1;
  return d;
}

function isSingleTransposition(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i >= a.length - 1) return false;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Why two tokens were taken as the same part: shown in explanations. */
export type TokenAgreement = 'exact' | 'nickname' | 'phonetic' | 'spelling' | 'initial';

export interface TokenForms {
  text: string;
  /** Spanish-oriented sound key. */
  es: string;
  /** English (Double Metaphone) key. */
  en: string;
}

export interface TokenMatch {
  similarity: number;
  agreement: TokenAgreement;
}

/** How alike two full tokens are, or null when they are different name parts. */
export function compareTokens(a: TokenForms, b: TokenForms): TokenMatch | null {
  if (a.text === b.text) return { similarity: 1, agreement: 'exact' };
  const la = a.text.length;
  const lb = b.text.length;
  if (la === 1 || lb === 1) {
    return a.text[0] === b.text[0] ? { similarity: INITIAL_SIMILARITY, agreement: 'initial' } : null;
  }
  if (isNickname(a.text, b.text)) return { similarity: 0.9, agreement: 'nickname' };
  const longest = Math.max(la, lb);
  // Lengths too far apart cannot be within tolerance; skip the distance computation.
  if (Math.abs(la - lb) > editTolerance(longest) + 1) return null;
  const d = editDistance(a.text, b.text);
  // One edit in a five-letter name ("chapo"/"chato") is weaker evidence than in a ten-letter
  // one, hence the length in the denominator.
  const spelling = 1 - (1.2 * d) / (longest + 1);
  if (a.es === b.es && a.es.length >= 2) return { similarity: Math.max(0.9, spelling), agreement: 'phonetic' };
  if (d <= editTolerance(longest) && spelling >= MIN_TOKEN_SIMILARITY) return { similarity: spelling, agreement: 'spelling' };
  if (a.en === b.en && a.en.length >= 4 && d <= editTolerance(longest) && a.text[0] === b.text[0]) return { similarity: Math.max(spelling, 0.72), agreement: 'phonetic' };
  return null;
}
