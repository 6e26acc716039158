// Capitalised chunks: runs of name-like tokens (and gazetteer names, capitalised titles and
// demonyms) joined by name particles ("de", "del", "of"). The raw material of names.
import type { Analysis } from '../analysis.js';
import { sentenceAt, tagAt, tagEndingAt } from '../analysis.js';
import type { OrgEntry, PlaceEntry, Tag } from '../lexicon/lexicon.js';
import type { PositionTitle } from '../../model/extraction.js';

export type Unit =
  | { type: 'place'; start: number; end: number; place: PlaceEntry }
  | { type: 'org'; start: number; end: number; org: OrgEntry }
  | { type: 'title'; start: number; end: number; title: PositionTitle; weak: boolean; former?: boolean }
  | { type: 'demonym'; start: number; end: number; country: string }
  | { type: 'word'; start: number; end: number }
  | { type: 'connector'; start: number; end: number; possessive?: boolean };

export interface Chunk {
  start: number;
  end: number;
  units: Unit[];
}

/** Particles that may sit inside a name; English ones only join organization names. */
const PERSON_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'do', 'dos', 'das', 'van', 'von', 'der', 'di', 'du', 'le', 'y']);
const ORG_PARTICLES = new Set(['of', 'for', 'on', 'the', 'and', '&', 'el', 'para', 'contra', 'en', 'sobre', 'a']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'sr.', 'sra.', 'srta.', 'lic.', 'don', 'dona', 'ing.', 'dra.']);

export function isHonorific(norm: string): boolean {
  return HONORIFICS.has(norm);
}

/** Tokens that open a sentence in capitals only because they open it. */
function sentenceInitialCommon(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (a.lex.commonWords.has(t.norm) || a.lowerVocabulary.has(t.norm)) return true;
  // "Agentes de la FGR …", "Prosecutors allege …": common nouns of people and documents.
  for (const m of a.matches[i] ?? []) {
    if (m.end === i + 1 && ['groupNoun', 'personNoun', 'anonNoun', 'document', 'govNoun'].includes(m.tag.t)) return true;
  }
  if (a.lex.givenNames.has(t.norm)) return false;
  // English -ly/-ing/-ed openers ("Following", "Separately") are not names.
  return a.lang === 'en' && /(ly|ing|ed)$/.test(t.norm) && t.norm.length > 5;
}

function opensSentence(a: Analysis, i: number): boolean {
  const s = sentenceAt(a, i);
  for (let k = s.first; k < i; k++) {
    const sh = a.tokens[k]!.shape;
    if (sh !== 'punct') return false;
  }
  return true;
}

/** Closed-class words are never part of a name, capitalised or not ("… on X. If such …"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'if', 'but', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'was', 'are', 'were', 'he', 'she', 'it', 'they', 'we', 'this', 'that', 'these', 'those', 'when', 'while', 'after', 'before', 'his', 'her', 'its', 'their', 'i', 'el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'en', 'con', 'por', 'para', 'que', 'si', 'pero', 'se', 'su', 'sus', 'al', 'ella', 'él']);

export function isNameLike(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  if (t.shape !== 'cap' && t.shape !== 'upper') return false;
  if (/\d/.test(t.text)) return false;
  if (FUNCTION_WORDS.has(t.norm)) return false;
  if (opensSentence(a, i) && sentenceInitialCommon(a, i)) return false;
  return true;
}

const GAZ_TYPES = new Set<Tag['t']>(['place', 'org', 'title', 'demonym']);

/** The unit that starts at token i, or null when the token cannot open or continue a name. */
function unitAt(a: Analysis, i: number): Unit | null {
  const t = a.tokens[i]!;
  if (t.shape !== 'cap' && t.shape !== 'upper') return null;
  // Longest gazetteer-like match first; a name before a demonym of the same length ("China", not "china").
  const list = a.matches[i] ?? [];
  const ordered = list.length > 1 ? [...list].sort((x, y) => (y.end - x.end) || (x.tag.t === 'demonym' ? 1 : 0) - (y.tag.t === 'demonym' ? 1 : 0)) : list;
  for (const m of ordered) {
    if (!GAZ_TYPES.has(m.tag.t)) continue;
    // Gazetteer phrases may end in lower case ("Sinaloa cartel"); titles must be capitalised
    // throughout to join a chunk ("Attorney General", not "Attorney general's").
    const tag = m.tag;
    if (tag.t === 'place') return { type: 'place', start: i, end: m.end, place: tag.place };
    if (tag.t === 'org') return { type: 'org', start: i, end: m.end, org: tag.org };
    if (tag.t === 'demonym') return { type: 'demonym', start: i, end: m.end, country: tag.country };
    if (tag.t === 'title' && allCapitalised(a, i, m.end)) return { type: 'title', start: i, end: m.end, title: tag.title, weak: tag.weak, former: tag.former };
  }
  if (!isNameLike(a, i)) return null;
  // "procurador de Justicia", "viceministro de Defensa Social": the office's own words.
  if (insideOfficeName(a, i)) return null;
  // Months and weekdays are dates, not names, unless a month is also a given name and a
  // surname follows it ("el exalcalde Julio Campos", not "en julio" or "in June Mexico…").
  if (tagAt(a, i, 'weekday') || tagAt(a, i, 'month') && !monthAsGivenName(a, i)) return null;
  return { type: 'word', start: i, end: i + 1 };
}

const BEFORE_A_DATE = /^(in|on|since|until|till|by|from|of|last|next|early|late|mid|through|during|before|after|between|and|to|this|that|each|every|en|de|del|desde|hasta|para|a|entre|hacia|el|este|cada|y|o)$/;

const NOT_A_SURNAME = new Set(['place', 'org', 'title', 'demonym', 'month', 'weekday', 'status', 'orgStart', 'orgHead']);

function monthAsGivenName(a: Analysis, i: number): boolean {
  const next = a.tokens[i + 1];
  if (!a.lex.givenNames.has(a.tokens[i]!.norm) || !next || next.shape !== 'cap') return false;
  if (FUNCTION_WORDS.has(next.norm) || (a.matches[i + 1] ?? []).some((m) => m.start === i + 1 && NOT_A_SURNAME.has(m.t ?? ''))) return false;
  const prev = a.tokens[i - 1];
  return !prev || prev.shape !== 'num' && !BEFORE_A_DATE.test(prev.norm);
}

const TERRITORIAL = new Set(['governor', 'mayor', 'senator', 'deputy', 'president', 'candidate', 'ambassador']);

/** True when token i belongs to an office named after a lower-case title: the words of a
 *  title phrase ("procurador de Justicia") or the department after "title de/del". */
function insideOfficeName(a: Analysis, i: number): boolean {
  const T = a.tokens;
  const first = sentenceAt(a, i).first;
  if (a.lex.givenNames.has(T[i]!.norm) && T[i - 1]?.shape === 'cap') return false;
  for (let s = i - 1; s >= Math.max(first, i - 10); s--) {
    for (const m of a.matches[s] ?? []) {
      if (m.tag.t !== 'title' || T[s]!.shape !== 'lower') continue;
      if (m.end > i) return true;
      // Territorial titles are followed by their place ("presidenta municipal de Tecate"), not an office.
      if (TERRITORIAL.has(m.tag.title)) continue;
      // "viceministro de Defensa Social y Sustancias Controladas" (not "gobernador de Sonora", a place).
      if (['de', 'del'].includes(T[m.end]?.norm ?? '') && m.end + 1 <= i && !tagAt(a, m.end + 1, 'place') && !tagAt(a, m.end + 1, 'orgStart')) {
        let k = m.end + 1;
        // The department's words end where a given name begins ("exsecretario de Marina José Rafael …").
        while (k < i && (T[k]!.shape === 'cap' || ['de', 'del', 'la', 'y', 'e'].includes(T[k]!.norm))
          && !(k > m.end + 1 && a.lex.givenNames.has(T[k]!.norm))) k++;
        if (k === i && i > m.end) return a.lang === 'es';
      }
    }
  }
  return false;
}

function allCapitalised(a: Analysis, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const t = a.tokens[k]!;
    if (t.shape === 'lower' && !ORG_PARTICLES.has(t.norm) && !PERSON_PARTICLES.has(t.norm)) return false;
  }
  return true;
}

/** Headlines in Title Case capitalise every word; names there are read from the body instead. */
function isTitleCaseLine(a: Analysis, first: number, last: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first; k < last; k++) {
    const t = a.tokens[k]!;
    if (t.shape === 'punct' || t.shape === 'num') continue;
    if (t.norm.length <= 3 && t.shape === 'lower') continue;
    words++;
    if (t.shape === 'cap' || t.shape === 'upper') caps++;
  }
  const endsWithPeriod = a.tokens[last - 1]?.text === '.';
  return words >= 4 && caps / words >= 0.75 && !endsWithPeriod;
}

export function findChunks(a: Analysis): Chunk[] {
  const chunks: Chunk[] = [];
  for (const s of a.sentences) {
    if (isTitleCaseLine(a, s.first, s.last)) continue;
    let i = s.first;
    while (i < s.last) {
      const u = unitAt(a, i);
      if (!u) { i++; continue; }
      const units = extendRun(a, u, s.last);
      // "Attorney General's Office", "Mexico's Foreign Relations Department": a possessive
      // inside the name of a body.
      let end = units[units.length - 1]!.end;
      const poss = a.tokens[end];
      if (poss && (poss.norm === "'s" || poss.norm === "'") && end + 1 < s.last) {
        const next = unitAt(a, end + 1);
        if (next) {
          const rest = extendRun(a, next, s.last);
          if (endsWithOrgHead(a, rest) && !rest.some((r) => r.type === 'title')) {
            units.push({ type: 'connector', start: end, end: end + 1, possessive: true }, ...rest);
            end = rest[rest.length - 1]!.end;
          }
        }
      }
      chunks.push({ start: u.start, end, units });
      i = end;
    }
  }
  return chunks;
}

/** The run of units that starts with `u`, joined by particles and hyphens. */
function extendRun(a: Analysis, u: Unit, last: number): Unit[] {
  const units: Unit[] = [u];
  let j = u.end;
  while (j < last) {
    const t = a.tokens[j]!;
    const prevEnd = a.tokens[j - 1]!.end;
    if (t.start - prevEnd > 1) break; // a line break or wide gap separates names
    // Hyphenated surnames: "López-Obrador".
    if (t.text === '-' && t.start === prevEnd && j + 1 < last && a.tokens[j + 1]!.start === t.end) {
      const next = unitAt(a, j + 1);
      if (next && next.type === 'word') { units.push({ type: 'connector', start: j, end: j + 1 }, next); j = next.end; continue; }
      break;
    }
    let connectorEnd = j;
    while (connectorEnd < last && connectorEnd - j < 3 && a.tokens[connectorEnd]!.shape === 'lower'
      && (PERSON_PARTICLES.has(a.tokens[connectorEnd]!.norm) || ORG_PARTICLES.has(a.tokens[connectorEnd]!.norm))) connectorEnd++;
    if (connectorEnd > j) {
      const next = connectorEnd < last ? unitAt(a, connectorEnd) : null;
      if (!next || !particlesFit(a, j, connectorEnd, units)) break;
      units.push({ type: 'connector', start: j, end: connectorEnd }, next);
      j = next.end;
      continue;
    }
    const next = unitAt(a, j);
    if (!next || opensCapitalisedName(a, j)) break;
    units.push(next);
    j = next.end;
  }
  return units;
}

/** "de Tamarindo LUCIA FERRER MONTES": a given name in capitals after a word in title case
 *  opens a name written in capitals, not the end of the name before it. */
function opensCapitalisedName(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  return t.shape === 'upper' && t.text.length > 1 && a.tokens[i - 1]!.shape === 'cap' && a.lex.givenNames.has(t.norm);
}

/** English particles ("of the", "for", "on", "and") only join names of bodies: "Party of the
 *  Democratic Revolution", "Office for the Southern District". "y" joins only inside a chunk
 *  that is already an organization name. */
function particlesFit(a: Analysis, from: number, to: number, units: Unit[]): boolean {
  const words = [];
  for (let k = from; k < to; k++) words.push(a.tokens[k]!.norm);
  if (words.every((w) => PERSON_PARTICLES.has(w) && w !== 'y')) return true;
  const orgLike = units.some((u) => u.type === 'org') || endsWithOrgHead(a, units) || startsWithOrgStart(a, units);
  if (!orgLike) return false;
  // "DEA and FBI", "Mexico y Canadá": coordination, not one name; "&" stays ("AT&T").
  if (words.includes('and') || words.includes('y')) return false;
  if (words.includes('&')) return words.length === 1;
  return true;
}

export function endsWithOrgHead(a: Analysis, units: Unit[]): boolean {
  const first = units[0];
  const last = units[units.length - 1];
  return !!first && !!last && tagEndingAt(a, last.end, 'orgHead', first.start) !== null;
}

export function startsWithOrgStart(a: Analysis, units: Unit[]): boolean {
  const first = units[0];
  return !!first && tagAt(a, first.start, 'orgStart') !== null;
}
