// Splits a raw name into the tokens matching works on: honorifics, particles and legal forms
// removed, SDN's "SURNAME SURNAME, Given" order recognised so each token knows its role.
import { HONORIFICS, LEGAL_PREFIXES, LEGAL_SUFFIXES, PARTICLES } from './affixes.js';
import { isVowellessScript, matchTokens } from './normalize.js';

export type NameKind = 'person' | 'organization' | 'other' | 'unknown';
/** given/surname when the written order tells (a comma form); `part` when it does not. */
export type NameRole = 'given' | 'surname' | 'part';

export interface NameToken {
  text: string;
  role: NameRole;
}

export interface ParsedName {
  /** Tokens in natural order (given names first when the role is known). */
  tokens: NameToken[];
  /** The kind the parser settled on (unknown becomes person or organization). */
  kind: Exclude<NameKind, 'unknown'>;
  /** Written in Arabic or Hebrew script: its tokens are consonant skeletons ("mhmd"). */
  vowelless: boolean;
  /** A nickname on its own, marked by the Spanish article ("El Chapo", "La Tuta"). */
  nickname: boolean;
}

const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior', 'hijo']);
// Single letters and "de" survive inside "S. de R.L. de C.V." once the dots are gone.
const LEGAL_GLUE = new Set(['s', 'de', 'r', 'l', 'c', 'v', 'a', 'y', 'and', 'e']);

/** Parses one written name. `kind` unknown guesses from legal forms and comma order. */
export function parseName(raw: string, kind: NameKind = 'unknown'): ParsedName {
  if (kind === 'unknown') kind = looksLikeOrganization(raw) ? 'organization' : 'person';
  const vowelless = isVowellessScript(raw);
  if (kind !== 'person') return { kind, vowelless, nickname: false, tokens: organizationTokens(raw).map((text) => ({ text, role: 'part' })) };
  const tokens = personTokens(raw);
  return { kind, vowelless, nickname: isNicknameForm(raw, tokens.length), tokens };
}

/** "El Chapo", "La Barbie": an article and one or two words, the way nicknames are written. */
function isNicknameForm(raw: string, kept: number): boolean {
  const words = matchTokens(raw);
  return (words[0] === 'el' || words[0] === 'la') && words.length - 1 === kept && kept >= 1 && kept <= 2;
}

function looksLikeOrganization(raw: string): boolean {
  const toks = matchTokens(raw, true);
  const last = toks[toks.length - 1];
  return (last !== undefined && LEGAL_SUFFIXES.has(last) && toks.length > 1) || (toks.length > 1 && LEGAL_PREFIXES.has(toks[0]!));
}

function organizationTokens(raw: string): string[] {
  const toks = matchTokens(raw, true);
  let end = toks.length;
  let stripped = false;
  while (end > 1) {
    const t = toks[end - 1]!;
    if (LEGAL_SUFFIXES.has(t) || (stripped && LEGAL_GLUE.has(t))) {
      end--;
      stripped = true;
    } else break;
  }
  let start = 0;
  while (start < end - 1 && LEGAL_PREFIXES.has(toks[start]!)) start++;
  return dropParticles(toks.slice(start, end));
}

function personTokens(raw: string): NameToken[] {
  const text = stripLeadingTitles(stripQuotedNicknames(raw));
  const comma = splitCommaOrder(text);
  if (comma) {
    const given = cleanPerson(matchTokens(comma.given), true);
    const surnames = cleanPerson(matchTokens(comma.surnames), false);
    if (given.length > 0 && surnames.length > 0) {
      return [...given.map((t) => ({ text: t, role: 'given' as const })), ...surnames.map((t) => ({ text: t, role: 'surname' as const }))];
    }
  }
  return cleanPerson(matchTokens(text), true).map((t) => ({ text: t, role: 'part' as const }));
}

/** "Dr. SOTO, Jose" → "SOTO, Jose": titles come off before the comma order is read. */
function stripLeadingTitles(text: string): string {
  let out = text;
  for (;;) {
    const m = /^\s*([\p{L}]+)\.?\s+/u.exec(out);
    if (!m || !HONORIFICS.has(matchTokens(m[1]!)[0] ?? '') || matchTokens(out.slice(m[0].length)).length === 0) return out;
    out = out.slice(m[0].length);
  }
}

/** "GUZMAN LOERA, Joaquin" → surnames + given; only for a single comma between short parts. */
function splitCommaOrder(text: string): { surnames: string; given: string } | null {
  const parts = text.split(',');
  if (parts.length !== 2) return null;
  const [surnames, given] = parts as [string, string];
  const ns = matchTokens(surnames).length;
  const ng = matchTokens(given).length;
  if (ns === 0 || ng === 0 || ns > 5 || ng > 5) return null;
  return { surnames, given };
}

/** Nicknames in quotes inside a full name ("Joaquín 'El Chapo' Guzmán") are not name parts. */
function stripQuotedNicknames(raw: string): string {
  const out = raw.replace(/["“”«»]([^"“”«»]{1,40})["“”«»]/g, ' ').replace(/(^|\s)['‘]([^'’]{1,40})['’](?=\s|$)/g, ' ');
  return matchTokens(out).length > 0 ? out : raw;
}

/** Removes honorifics (leading), generational suffixes (trailing) and particles. */
function cleanPerson(tokens: string[], leadingTitles: boolean): string[] {
  let start = 0;
  if (leadingTitles) while (start < tokens.length - 1 && HONORIFICS.has(tokens[start]!)) start++;
  let end = tokens.length;
  while (end > start + 1 && GENERATIONAL.has(tokens[end - 1]!)) end--;
  return dropParticles(tokens.slice(start, end));
}

function dropParticles(tokens: string[]): string[] {
  // "y"/"e" join two names ("Ortega y Gasset"); next to an initial they are initials ("Y. E. Soto").
  const kept = tokens.filter((t, k) => !PARTICLES.has(t) || (t.length === 1 && !((tokens[k - 1]?.length ?? 0) > 1 && (tokens[k + 1]?.length ?? 0) > 1)));
  return kept.length > 0 ? kept : tokens;
}

/** Quoted nicknames of a written name ("Joaquín 'El Chapo' Guzmán" → ["El Chapo"]). */
export function quotedNicknames(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/["“”«»]([^"“”«»]{1,40})["“”«»]|(?:^|\s)['‘]([^'’]{1,40})['’](?=\s|$)/g)) {
    const nick = (m[1] ?? m[2] ?? '').trim();
    if (nick) out.push(nick);
  }
  return out;
}
