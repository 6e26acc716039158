// Screening as a plain function the CLI and the HTTP server both call: each query against the
// in-memory index, matches ranked by score with an explanation of every match.
import type { NameHit } from '../names/name-index.js';
import { parseName } from '../names/parse.js';
import type { QueryToken } from '../names/score.js';
import { adjustScore, compareBirthDates, compareCountries } from './attributes.js';
import { explain } from './explain.js';
import type { ScreenQuery } from './query.js';
import type { ScreeningIndex } from './screening-index.js';

/** Default lowest score reported: chosen on the benchmark (docs/screening.md). */
export const DEFAULT_THRESHOLD = 0.72;
export const DEFAULT_LIMIT = 5;

export interface ScreenOptions {
  threshold?: number;
  limit?: number;
  /** Only entries of these lists (all lists of the index when absent). */
  lists?: readonly string[];
}

export interface ScreenMatch {
  list: string;
  id: string;
  name: string;
  score: number;
  explanation: string;
}

export interface ScreenResult {
  id: string;
  query: string;
  matches: ScreenMatch[];
}

// Name scores this far under the threshold can still cross it with birth date and country
// agreeing, so they are fetched and adjusted before the cut.
const FACT_HEADROOM = 0.75;

/** Screens one query. */
export function screenOne(query: ScreenQuery, index: ScreeningIndex, options: ScreenOptions = {}): ScreenResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const limit = options.limit ?? DEFAULT_LIMIT;
  const hasFacts = query.birth_date !== null || query.country !== null;
  const searchOptions = {
    threshold: hasFacts ? threshold * FACT_HEADROOM : threshold,
    limit: options.lists || hasFacts ? Math.max(limit * 4, 20) : limit,
  };
  const readings = queryReadings(query, index);
  const hits = new Map<number, { hit: NameHit; prepared: QueryToken[] }>();
  for (const prepared of readings) {
    for (const hit of index.names.search(prepared, searchOptions)) {
      const prev = hits.get(hit.entry);
      if (!prev || hit.score > prev.hit.score) hits.set(hit.entry, { hit, prepared });
    }
  }
  const matches: ScreenMatch[] = [];
  for (const { hit, prepared } of hits.values()) {
    const entry = index.entries[hit.entry]!;
    if (options.lists && !options.lists.includes(entry.list)) continue;
    const birth = compareBirthDates(query.birth_date, entry.birthDates);
    const country = compareCountries(query.country, entry.countries);
    const kindConflict = query.kind !== null && (query.kind === 'person') !== (entry.kind === 'person');
    const score = adjustScore(hit.score, birth, country, kindConflict);
    if (score < threshold) continue;
    matches.push({ list: entry.list, id: entry.id, name: entry.name, score: round(score), explanation: describe(prepared, index, hit.name, entry.name, birth, country, kindConflict ? `kind differed (query ${query.kind}, list ${entry.kind})` : null) });
  }
  matches.sort((a, b) => b.score - a.score);
  return { id: query.id, query: query.name, matches: matches.slice(0, limit) };
}

/**
 * A name of unknown kind is read as a person's and, when that reading drops words (a title
 * such as "Captain", "Lady", "Dr"), also as an organization's or vessel's, which keeps them:
 * "Captain Yakubovich" is a ship on the SDN list.
 */
function queryReadings(query: ScreenQuery, index: ScreeningIndex): QueryToken[][] {
  if (query.kind !== null) return [index.names.prepare(query.name, query.kind)];
  const person = parseName(query.name, 'unknown');
  const readings = [index.names.prepare(query.name, person.kind)];
  if (person.kind === 'person') {
    const asIs = parseName(query.name, 'organization');
    if (asIs.tokens.length > person.tokens.length) readings.push(index.names.prepare(query.name, 'organization'));
  }
  return readings;
}

/** Screens many queries; `onProgress` is called after each (for progress bars). */
export function screen(queries: Iterable<ScreenQuery>, index: ScreeningIndex, options: ScreenOptions = {}, onProgress?: (done: number) => void): ScreenResult[] {
  const out: ScreenResult[] = [];
  for (const q of queries) {
    out.push(screenOne(q, index, options));
    onProgress?.(out.length);
  }
  return out;
}

function describe(prepared: QueryToken[], index: ScreeningIndex, name: number, entryName: string, birth: ReturnType<typeof compareBirthDates>, country: ReturnType<typeof compareCountries>, kindConflict: string | null): string {
  const { detail, tokens, roles } = index.names.explain(prepared, name);
  const written = index.names.nameText(name);
  return explain({ query: prepared, detail, tokens, roles, alias: written === entryName ? null : written, birth, country, kindConflict });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
