// Positions and parties of persons: titles before names ("former Chihuahua governor César
// Duarte"), appositions (", the mayor of Cocula"), and party membership ("a member of the PRI").
import type { PositionTitle } from '../../model/extraction.js';
import type { Analysis, EntityDraft } from '../analysis.js';
import { tagAt } from '../analysis.js';

export interface TitleEvidence { start: number; end: number; title: PositionTitle; weak: boolean }

const QUALIFIERS = new Set(['federal', 'state', 'local', 'municipal', 'national', 'district', 'regional', 'top', 'senior', 'chief', 'deputy', 'the', 'a', 'an', 'then', 'its', 'his', 'her', 'their', 'el', 'la', 'los', 'las', 'un', 'una', 'del', 'de']);

/** Attaches a position to a person from a title found at [start, end), reading status and
 *  jurisdiction from the words before the title (back to `floor`) and "of X" after it. */
export function recordPosition(a: Analysis, person: EntityDraft, ev: TitleEvidence, floor: number): void {
  const T = a.tokens;
  let status: 'current' | 'former' = /^ex-?/.test(T[ev.start]!.norm) ? 'former' : 'current';
  let jurisdiction: string | null = null;
  const sentenceFirst = a.sentences[T[ev.start]!.sentence]!.first;
  // Walk left over qualifiers, places, demonyms and status words.
  for (let i = ev.start - 1; i >= Math.max(sentenceFirst, Math.min(floor, ev.start) - 5); i--) {
    const t = T[i]!;
    const st = tagAt(a, i, 'status');
    if (st) { if (st.tag.status === 'former') status = 'former'; continue; }
    if (/^(ex|then)-/.test(t.norm)) { status = 'former'; }
    const place = placeNameAt(a, i);
    if (place) { jurisdiction ??= place; continue; }
    if (t.norm === "'s" || t.norm === "'") continue;
    if (QUALIFIERS.has(t.norm) || t.shape === 'cap' || t.shape === 'upper') continue;
    break;
  }
  // "… governor of Chihuahua", "alcalde de Pátzcuaro".
  if (!jurisdiction && ['of', 'de', 'del'].includes(T[ev.end]?.norm ?? '')) {
    for (let i = ev.end + 1; i < Math.min(T.length, ev.end + 6); i++) {
      const place = placeNameAt(a, i);
      if (place) { jurisdiction = place; break; }
      if (T[i]!.text === ',' || T[i]!.text === '.') break;
    }
  }
  addPosition(person, ev.title, jurisdiction, status, ev.weak, { start: ev.start, end: ev.end });
}

/** The canonical place name a token starts (gazetteer place, demonym's country, or a place mention). */
export function placeNameAt(a: Analysis, i: number): string | null {
  const m = a.mentionAt[i]!;
  if (m >= 0) {
    const e = a.entities[a.mentions[m]!.entity]!;
    return e.kind === 'place' ? e.name : null;
  }
  const p = tagAt(a, i, 'place');
  if (p && (a.tokens[i]!.shape === 'cap' || a.tokens[i]!.shape === 'upper')) return p.tag.place.name;
  const d = tagAt(a, i, 'demonym');
  if (d && a.tokens[i]!.shape === 'cap') return COUNTRY_NAMES.get(d.tag.country) ?? null;
  return null;
}

export const COUNTRY_NAMES = new Map<string, string>([
  ['MX', 'Mexico'], ['US', 'United States'], ['GT', 'Guatemala'], ['HN', 'Honduras'], ['SV', 'El Salvador'],
  ['CO', 'Colombia'], ['VE', 'Venezuela'], ['EC', 'Ecuador'], ['PE', 'Peru'], ['BO', 'Bolivia'], ['BR', 'Brazil'],
  ['AR', 'Argentina'], ['CL', 'Chile'], ['ES', 'Spain'], ['CA', 'Canada'], ['PA', 'Panama'], ['NI', 'Nicaragua'],
  ['CR', 'Costa Rica'], ['CU', 'Cuba'], ['DO', 'Dominican Republic'], ['PY', 'Paraguay'], ['UY', 'Uruguay'],
]);

export function addPosition(
  person: EntityDraft, title: PositionTitle, jurisdiction: string | null, status: 'current' | 'former',
  weak: boolean, evidence: { start: number; end: number },
): void {
  // A weak title ("official", "director") never overrides a specific one.
  const existing = person.positions.find((p) => p.title === title);
  if (existing) {
    existing.jurisdiction ??= jurisdiction;
    if (status === 'former') existing.status = 'former';
    return;
  }
  if (weak && person.positions.length) return;
  if (!weak) person.positions = person.positions.filter((p) => p.title !== 'official' || p.jurisdiction !== null);
  person.positions.push({ title, jurisdiction, status, evidence });
}
