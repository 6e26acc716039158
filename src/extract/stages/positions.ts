// Positions and parties of persons: titles before names ("former Chihuahua governor César
// Duarte"), appositions (", the mayor of Cocula"), and party membership ("a member of the PRI").
import type { PositionTitle } from '../../model/extraction.js';
import type { Analysis, EntityDraft } from '../analysis.js';
import { sentenceAt, tagAt } from '../analysis.js';
import { addMention, resolveEntity } from '../entities.js';

export interface TitleEvidence { start: number; end: number; title: PositionTitle; weak: boolean; former?: boolean }

const QUALIFIERS = new Set(['federal', 'state', 'local', 'municipal', 'national', 'district', 'regional', 'top', 'senior', 'chief', 'deputy', 'the', 'a', 'an', 'then', 'its', 'his', 'her', 'their', 'el', 'la', 'los', 'las', 'un', 'una', 'del', 'de']);

/** Attaches a position to a person from a title found at [start, end), reading status and
 *  jurisdiction from the words before the title (back to `floor`) and "of X" after it. */
export function recordPosition(a: Analysis, person: EntityDraft, ev: TitleEvidence, floor: number): void {
  const T = a.tokens;
  let status: 'current' | 'former' = ev.former ? 'former' : 'current';
  let jurisdiction: string | null = null;
  const sentenceFirst = sentenceAt(a, ev.start).first;
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
    if (e.kind !== 'place') return null;
    // The gazetteer's name ("United States") rather than the form used here ("U.S.").
    return e.key?.startsWith('place:') && /\p{Lu}/u.test(e.key) ? e.key.slice(6) : e.name;
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

const APPOSITION_START = new Set(['the', 'a', 'an', 'then', 'himself', 'herself', 'now', 'currently', 'el', 'la', 'un', 'una', 'actual', 'entonces']);

/** Positions and parties stated around a person's name: appositions (", the former governor
 *  of Chihuahua,", ", a member of the PRI,"), "who governed X", and party names before a title
 *  ("Morena senator X", "the PRI's X"). */
export function findPositionsAndParties(a: Analysis): void {
  const T = a.tokens;
  titledLists(a);
  for (const m of [...a.mentions]) {
    const person = resolveEntity(a, m.entity);
    if (person.kind !== 'person' || m.rule === 'title-reference') continue;
    const s = sentenceAt(a, m.start);
    // ", the former governor of the northern state of Sonora," / ", a 59-year-old former congressman,"
    if (T[m.end]?.text === ',' && m.end + 1 < s.last) {
      let k = m.end + 1;
      // Not when the title after the comma already refers to someone else ("Según la fiscal X,
      // el legislador del partido Vamos habría cobrado": coreference gave it to the legislator).
      const taken = (j: number) => a.mentionAt[j]! >= 0 && resolveEntity(a, a.mentions[a.mentionAt[j]!]!.entity) !== person;
      if ((APPOSITION_START.has(T[k]!.norm) || tagAt(a, k, 'status') || tagAt(a, k, 'title')) && !taken(k) && !taken(k + 1)) {
        const end = segmentEnd(a, k, s.last);
        // ", a government official told EFE": the subject of a new clause, not an apposition.
        if (!(tagAt(a, end, 'verb') && T[end]!.shape === 'lower')) {
          positionsInPhrase(a, person, k, end);
          partiesInPhrase(a, person, k, end);
        }
      }
      // "Felipe Cáceres, quien fue viceministro de …", "X, who was mayor of Y": a past post.
      if (/^(who|quien)$/.test(T[k]!.norm) && /^(was|fue|served|era)$/.test(T[k + 1]?.norm ?? '')) {
        let j = k + 2;
        if (/^(as|como|the|a|an|el|la|un|una)$/.test(T[j]?.norm ?? '')) j++;
        const title = tagAt(a, j, 'title');
        if (title) recordPosition(a, person, { start: j, end: title.end, title: title.tag.title, weak: title.tag.weak, former: true }, j);
      }
      // "X, who governed Sonora from 2015 to 2021", "who ran the state of Veracruz".
      if (/^(who|quien)$/.test(T[k]!.norm) && /^(governed|ran|gobern[oó]|dirigi[oó])$/.test(T[k + 1]?.norm ?? '')) {
        const place = stateAfter(a, k + 2, Math.min(s.last, k + 10));
        if (place) addPosition(person, 'governor', place, isPast(a, k + 2, s.last) ? 'former' : 'current', false, { start: k, end: k + 2 });
        partiesInPhrase(a, person, k, segmentEnd(a, k, s.last));
      }
    }
    const before = titleBefore(a, m.start);
    if (before) {
      recordPosition(a, person, before.ev, Math.max(sentenceAt(a, m.start).first, before.ev.start - 4));
      if (before.gapParty && !person.parties.includes(before.gapParty.index)) person.parties.push(before.gapParty.index);
    }
    // "A member of the PRI, Duarte …", "Morena senator X"
    partyBefore(a, person, m.start);
  }
}

function segmentEnd(a: Analysis, from: number, last: number): number {
  let k = from;
  while (k < last && ![',', ';', '.', '(', ')'].includes(a.tokens[k]!.text) && !tagAt(a, k, 'verb')
    && !/^(who|which|that|que|quien|quienes)$/.test(a.tokens[k]!.norm)) k++;
  return k;
}

/** "ran the Mexican Gulf coast state of Veracruz", "governed Sonora": a region, not a company. */
function stateAfter(a: Analysis, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const m = a.mentionAt[k]!;
    if (m >= 0) {
      const e = resolveEntity(a, a.mentions[m]!.entity);
      return e.kind === 'place' ? e.name : null;
    }
    if (a.tokens[k]!.shape !== 'lower' && !tagAt(a, k, 'demonym')) return null;
  }
  return null;
}

/** A title a few words before a name, with what may stand between them: "of <place>",
 *  "de Marina", "del PAN", "de Justicia del estado", an adjective ("excandidato presidencial"),
 *  a comma and a rank ("El secretario de Marina, almirante Raymundo Pedro Morales"). */
export function titleBefore(a: Analysis, nameStart: number): { ev: TitleEvidence; gapParty: EntityDraft | null } | null {
  const T = a.tokens;
  const floor = sentenceAt(a, nameStart).first;
  let weakFound: { ev: TitleEvidence; gapParty: EntityDraft | null } | null = null;
  for (let k = nameStart - 1; k >= Math.max(floor, nameStart - 14); k--) {
    for (const m of a.matches[k] ?? []) {
      if (m.tag.t !== 'title' || m.end > nameStart) continue;
      const gap = gapFits(a, m.end, nameStart);
      if (gap === false) continue;
      const found = { ev: { start: k, end: m.end, title: m.tag.title, weak: m.tag.weak, former: m.tag.former }, gapParty: gap };
      // A rank ("almirante") yields to the office before it ("El secretario de Marina, almirante X").
      if (!m.tag.weak) return found;
      weakFound ??= found;
    }
    if (['.', ';', ':'].includes(T[k]!.text) || (tagAt(a, k, 'verb') && T[k]!.shape === 'lower')) break;
  }
  return weakFound;
}

const OFFICE_WORDS = /^(de|del|la|las|los|el|y|e|of|the|for|estado|rep[uú]blica|naci[oó]n|federal|general)$/;

/** The words between a title and a name, if they fit; returns a party named there, or null. */
function gapFits(a: Analysis, from: number, to: number): EntityDraft | null | false {
  const T = a.tokens;
  let j = from;
  let party: EntityDraft | null = null;
  if (j < to && /^(de|del|of)$/.test(T[j]!.norm)) {
    const words = ++j;
    while (j < to && j - from <= 8 && (T[j]!.shape === 'cap' || T[j]!.shape === 'upper' || OFFICE_WORDS.test(T[j]!.norm)) && T[j]!.text !== ',') {
      party ??= partyAt(a, j);
      j++;
    }
    // "the mayor of [Cocula]": a bare "of" before the name makes the name the office's place;
    // so does a list ("alcaldesas de Pátzcuaro y [Huetamo]").
    if (j === words || /^(y|e|and|de|del|of)$/.test(T[j - 1]!.norm) && j === to) return false;
  }
  for (let n = 0; n < 2 && j < to && T[j]!.shape === 'lower' && !tagAt(a, j, 'verb') && !/^(de|del|of|the|y|and|who|que)$/.test(T[j]!.norm); n++) {
    party ??= partyAdjective(a, j);
    j++;
  }
  if (j < to && T[j]!.text === ',') {
    j++;
    const rank = tagAt(a, j, 'title');
    if (rank && rank.tag.weak && rank.end <= to) j = rank.end;
  }
  return j === to ? party : false;
}

/** "morenista", "priista": the party an adjective names, as an entity of this document (made
 *  from the adjective when the party is not named otherwise). */
function partyAdjective(a: Analysis, i: number): EntityDraft | null {
  const adj = tagAt(a, i, 'partyAdjective');
  if (!adj) return null;
  const key = `org:${adj.tag.party}`;
  const existing = a.entities.find((e) => e.key === key && e.mentions.length);
  if (existing) return resolveEntity(a, existing.index);
  const e = addMention(a, { start: i, end: i + 1 }, 'organization', 'party-adjective', { orgType: 'political_party', key, name: adj.tag.party });
  return e;
}

function isPast(a: Analysis, from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 12); k++) if (/^(19|20)\d{2}$/.test(a.tokens[k]!.text) && /^(to|a|al)$/.test(a.tokens[k - 1]?.norm ?? '')) return true;
  return false;
}

/** Titles inside an apposition, with status and jurisdiction from the words around them. */
function positionsInPhrase(a: Analysis, person: EntityDraft, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const title = tagAt(a, k, 'title');
    if (!title || title.end > to) continue;
    // "the mayor's father", "the impeachment of President Dilma Rousseff", "primo del presidente":
    // someone else's title.
    const next = a.tokens[title.end];
    if (next?.norm === "'s" || next?.shape === 'cap' && a.mentionAt[title.end]! >= 0) continue;
    if (/^(de|del|of|al|to|for|con|with|por|by)$/.test(a.tokens[k - 1]?.norm ?? '')) continue;
    recordPosition(a, person, { start: k, end: title.end, title: title.tag.title, weak: title.tag.weak, former: title.tag.former }, from);
    const p = person.positions.find((x) => x.title === title.tag.title);
    if (p && !p.jurisdiction) p.jurisdiction = placeEntityIn(a, title.end, to);
    k = title.end - 1;
  }
}

function placeEntityIn(a: Analysis, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    const name = placeNameAt(a, k);
    if (name) return name;
  }
  return null;
}

/** "a member of the Institutional Revolutionary Party (PRI)", "a federal deputy for the Citizens' Movement party". */
function partiesInPhrase(a: Analysis, person: EntityDraft, from: number, to: number): void {
  for (let k = from; k < Math.min(a.tokens.length, to + 2); k++) {
    const party = partyAt(a, k) ?? partyAdjective(a, k);
    if (party && !person.parties.includes(party.index)) person.parties.push(party.index);
  }
}

function partyAt(a: Analysis, k: number): EntityDraft | null {
  const m = a.mentionAt[k]!;
  if (m < 0) return null;
  const e = resolveEntity(a, a.mentions[m]!.entity);
  return e.kind === 'organization' && e.orgType === 'political_party' ? e : null;
}

/** "Morena senator X", "PRI governor X", "the PRI's X", and a sentence opening "A member of
 *  the PRI, …" whose subject is the person. */
function partyBefore(a: Analysis, person: EntityDraft, start: number): void {
  const T = a.tokens;
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) {
    const party = partyAt(a, k);
    if (party) { if (!person.parties.includes(party.index)) person.parties.push(party.index); return; }
    if (!tagAt(a, k, 'title') && !tagAt(a, k, 'status') && T[k]!.shape !== 'lower' && T[k]!.norm !== "'s") return;
    if ([',', '.', ';'].includes(T[k]!.text)) return;
  }
}

/** "otros tres alcaldes michoacanos: Uriel Chávez Mendoza, de Apatzingán; Jesús Cruz Valencia, …":
 *  a plural title before a colon gives its position to every person listed after it. */
function titledLists(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    const title = tagAt(a, i, 'title');
    if (!title || !/s$/.test(T[title.end - 1]!.norm) || T[i]!.shape !== 'lower') continue;
    let colon = title.end;
    while (colon < Math.min(T.length, title.end + 3) && T[colon]!.text !== ':') colon++;
    if (T[colon]?.text !== ':') continue;
    const s = sentenceAt(a, i);
    for (let k = colon + 1; k < s.last; k++) {
      const m = a.mentionAt[k]!;
      if (m < 0) continue;
      const e = resolveEntity(a, a.mentions[m]!.entity);
      if (e.kind === 'person') recordPosition(a, e, { start: i, end: title.end, title: title.tag.title, weak: title.tag.weak, former: title.tag.former }, i);
      k = a.mentions[m]!.end - 1;
    }
  }
}
