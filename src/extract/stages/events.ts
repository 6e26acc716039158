// Events: arrests, extraditions, charges, convictions, investigations, demands, threats,
// meetings, immunity removals, sanctions and proposals, with who acted, on whom, how many,
// when and where. An event needs someone or a count: a bare noun ("the probe") is no event.
import type { EventKind } from '../../model/extraction.js';
import type { Analysis, EntityDraft, Range } from '../analysis.js';
import { isHeadline, sentenceAt, tagAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';
import { dateIn } from './dates.js';
import { numberAt } from './groups.js';
import { argumentBefore, clauseSubject, relativeAntecedent } from './subjects.js';
import {
  agentAfter, type Argument, argumentAt, argumentsIn, clauseEnd, clauseStart, coordinated, isPassive, objectAfter, isPreposition, lowerOrOpening, skipFrontedPhrase,
} from './syntax.js';

/** Kinds whose target must be someone who can be arrested, charged or convicted. */
const PEOPLE_TARGETS = new Set<EventKind>(['arrest', 'extradition', 'charge', 'conviction', 'investigation', 'immunity_removal', 'sanction']);
/** Kinds an actor alone can carry ("The U.S. also proposed …"); the others need a target. */
const ACTOR_ONLY = new Set<EventKind>(['proposal', 'meeting', 'threat']);
const MODAL = /^(could|would|might|may|can|should|will|to|must|podr[ií]a|podr[aá]|deber[ií]a)$/;
const NEGATION = /^(not|never|n't|refused|declined|without|no|nunca|sin|neg[oó])$/;

export function findEvents(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    const m = (a.matches[i] ?? []).find((x) => x.tag.t === 'event');
    if (!m || m.tag.t !== 'event' || !lowerOrOpening(a, i)) continue;
    if (isHeadline(a, T[i]!.sentence) || hypothetical(a, i)) { i = m.end - 1; continue; }
    // "los aprehendidos son …": a participle used as a noun names no event.
    const determiner = /^(the|el|la|los|las|un|una|a|an)$/.test(T[i - 1]?.norm ?? '');
    const v = m.tag.noun || determiner ? nominalEvent(a, i, m.end, m.tag.kind) : verbalEvent(a, i, m.end, m.tag.kind);
    if (v) a.events.push(v);
    i = m.end - 1;
  }
  dedupe(a);
}


/** "could be extradited", "refused to meet", "did not arrest": not an event that happened. */
function hypothetical(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = a.tokens[k]!.norm;
    if (MODAL.test(n) || NEGATION.test(n)) return true;
    if (!/^(be|been|being|have|has|had|twice|also|ser|sido|ha)$/.test(n)) break;
  }
  // "no encontró elementos suficientes para ordenar la prisión preventiva": denied earlier in the clause.
  const from = clauseStart(a, i);
  for (let k = i - 1; k >= Math.max(from, i - 10); k--) if (/^(no|not|never|nunca|jamás|jamas)$/.test(a.tokens[k]!.norm)) return true;
  return false;
}

function verbalEvent(a: Analysis, i: number, end: number, kind: EventKind) {
  const T = a.tokens;
  let actors: Argument[] = [];
  let targets: Argument[] = [];
  if (tagAt(a, i, 'subjectTarget')) {
    // "Rodrigo Vallejo terminó en prisión", "quedó detenido": the subject is the one held.
    targets = clauseSubject(a, i);
  } else if (kind === 'immunity_removal') {
    // "he lost his parliamentary immunity when the Chamber of Deputies expelled him".
    targets = clauseSubject(a, i);
    actors = argumentsIn(a, end, sentenceAt(a, i).last).filter((x) => x.entity.kind === 'organization' && x.entity.orgType === 'legislature');
  } else if (isPassive(a, i)) {
    targets = clauseSubject(a, i);
    actors = agentAfter(a, end);
    // "fueron detenidos otros tres alcaldes: Uriel …, Jesús …": the subject after the verb, and
    // the people a colon lists.
    if (!targets.length && a.lang === 'es') targets = [...objectAfter(a, end, 8), ...listedAfterColon(a, end)];
  } else if (coordinatedPassive(a, i) >= 0) {
    targets = clauseSubject(a, coordinatedPassive(a, i));
    actors = agentAfter(a, end);
  } else if (a.lang === 'es' && PARTICIPLE.test(T[i]!.norm) && T[i - 1]?.text === ',' && !objectAfter(a, end, 3).length && appositionOwner(a, i - 1)) {
    // "el vicealmirante X, sobrino político de Ojeda, aprehendido el 2 de septiembre".
    targets = [appositionOwner(a, i - 1)!];
  } else if (PARTICIPLE.test(T[i]!.norm) && argumentBefore(a, i) && agentAfter(a, end).length && !objectAfter(a, end, 3).length) {
    // "63 congresistas procesados por la Corte Suprema": a participle after its noun.
    targets = [argumentBefore(a, i)!];
    actors = agentAfter(a, end);
  } else {
    if (kind === 'threat' && /^impos/.test(T[i]!.norm) && !threatObjectNear(a, end)) return null;
    actors = clauseSubject(a, i, { places: true });
    targets = objectAfter(a, end, 5);
    // "whom the PGR is investigating": the object stands before the subject.
    if (!targets.length) targets = relativeAntecedent(a, i) ?? [];
    if (kind === 'threat') targets = targets.length ? targets : placesAfter(a, end);
    if (kind === 'meeting') targets = [...targets, ...participants(a, end)];
  }
  if (kind === 'demand' && !targets.length) return null;
  return build(a, kind, i, end, actors.map((x) => x.entity), targets.map((x) => x.entity));
}

/** "was arrested in Tegucigalpa …, and extradited to the United States": a participle that
 *  continues a passive after "and"; returns the passive verb it continues, or -1. */
function coordinatedPassive(a: Analysis, i: number): number {
  const T = a.tokens;
  if (!/^(and|y)$/.test(T[i - 1]?.norm ?? '') || !PARTICIPLE.test(T[i]!.norm)) return -1;
  const first = sentenceAt(a, i).first;
  for (let k = i - 2; k >= first; k--) if (tagAt(a, k, 'event') && isPassive(a, k)) return k;
  return -1;
}

/** The person an apposition that ends at the comma `c` describes (or the person right before it). */
function appositionOwner(a: Analysis, c: number): Argument | null {
  const T = a.tokens;
  const first = sentenceAt(a, c).first;
  for (let k = c - 1; k > Math.max(first, c - 10); k--) {
    if (T[k]!.text !== ',') continue;
    const arg = argumentBefore(a, k);
    return arg && arg.entity.kind === 'person' ? arg : null;
  }
  const direct = argumentBefore(a, c + 1);
  return direct && direct.entity.kind === 'person' && !isPreposition(a, direct.start - 1) ? direct : null;
}

function listedAfterColon(a: Analysis, from: number): Argument[] {
  const T = a.tokens;
  const s = sentenceAt(a, from);
  let k = from;
  while (k < Math.min(s.last, from + 10) && T[k]!.text !== ':') k++;
  if (T[k]?.text !== ':') return [];
  return argumentsIn(a, k + 1, s.last).filter((x) => x.entity.kind === 'person');
}

function threatObjectNear(a: Analysis, from: number): boolean {
  for (let k = from; k < Math.min(a.tokens.length, from + 6); k++) if (tagAt(a, k, 'threatObject')) return true;
  return false;
}

/** "the arrest of X", "his arrest", "Mexico filed its extradition request", "In meetings in
 *  2018, the two men negotiated …", "a meeting attended by U.S. and Mexican officials". */
function nominalEvent(a: Analysis, i: number, end: number, kind: EventKind) {
  const T = a.tokens;
  const prev = T[i - 1]?.norm ?? '';
  let actors: Argument[] = [];
  let targets: Argument[] = [];
  if (/^(his|her|its|their|su|sus)$/.test(prev)) {
    if (kind === 'demand' || kind === 'proposal' || kind === 'threat' || kind === 'meeting') actors = clauseSubject(a, i, { places: true });
    else { const p = argumentAt(a, i - 1, true); if (p) targets = [p]; }
  } else if (['of', 'de', 'del', 'contra', 'against'].includes(T[end]?.norm ?? '') && kind !== 'meeting') {
    targets = objectAfter(a, end + 1, 4);
    // "La Cámara de Diputados aprobó la declaración de procedencia contra la senadora X".
    if (targets.length) actors = clauseSubject(a, i, { places: true }).filter((x) => !targets.some((t) => t.entity === x.entity));
  }
  if (kind === 'meeting') {
    const s = sentenceAt(a, i);
    const fronted = skipFrontedPhrase(a, s.first, s.last);
    if (fronted > i) actors = argumentsIn(a, fronted, Math.min(s.last, fronted + 6)).slice(0, 1).flatMap((x) => coordinated(a, x, s.last));
    targets = [...participants(a, end), ...attendedBy(a, end)];
  }
  if (!actors.length && !targets.length) return null;
  // "Mexico filed its extradition request": the requester alone is the event.
  return build(a, kind, i, end, actors.map((x) => x.entity), targets.map((x) => x.entity), kind === 'demand');
}

/** "attended by high-level U.S. and Mexican officials": the countries the officials come from. */
function attendedBy(a: Analysis, from: number): Argument[] {
  const T = a.tokens;
  const s = sentenceAt(a, from);
  let k = from;
  while (k < Math.min(s.last, from + 6) && T[k]!.norm !== 'attended') k++;
  if (T[k]?.norm !== 'attended' || T[k + 1]?.norm !== 'by') return [];
  const out: Argument[] = [];
  for (let j = k + 2; j < Math.min(s.last, k + 10); j++) {
    const arg = argumentAt(a, j);
    if (arg) { out.push(arg); j = arg.end - 1; continue; }
    const d = tagAt(a, j, 'demonym');
    if (d) {
      const place = a.entities.find((e) => e.kind === 'place' && e.country === d.tag.country && e.mentions.length && countryName(e));
      if (place) out.push({ entity: resolveEntity(a, place.index), start: j, end: d.end, pronoun: false });
    }
    if (['.', ';'].includes(T[j]!.text)) break;
  }
  return out;
}

function countryName(e: EntityDraft): boolean {
  return e.key?.startsWith('place:') === true && e.country !== null;
}

function build(a: Analysis, kind: EventKind, i: number, end: number, actorsIn: EntityDraft[], targetsIn: EntityDraft[], nominalDemand = false) {
  const T = a.tokens;
  const clause: Range = { start: clauseStart(a, i), end: clauseEnd(a, end - 1) };
  let targets = targetsIn;
  let actors = actorsIn;
  if (PEOPLE_TARGETS.has(kind)) targets = targets.filter((e) => e.kind === 'person' || e.kind === 'group' || e.kind === 'organization' && e.orgType === 'criminal_group');
  // The actor of an arrest or charge is a body or an official, never the person arrested.
  actors = actors.filter((e) => !targets.includes(e));
  const count = targets.find((e) => e.count !== null)?.count ?? countAfter(a, end);
  if (!targets.length && count === null && !(actors.length && (ACTOR_ONLY.has(kind) || nominalDemand))) return null;
  const date = dateIn(a, clause, i);
  const place = placeIn(a, { start: end, end: clause.end }) ?? placeIn(a, { start: clause.start, end: i });
  return {
    kind,
    actors: unique(actors),
    targets: unique(targets),
    count,
    date: date?.value ?? null,
    place,
    span: trimRange(a, { start: spanStart(a, clause.start, i, actors), end: Math.min(clause.end, Math.max(end, lastOf(a, targets, clause) ?? end)) }),
    sentence: T[i]!.sentence,
    rule: `event-${kind}`,
  };
}

/** Countries and places after a threat or demand: "tariffs on imports from Mexico and Canada". */
function placesAfter(a: Analysis, from: number): Argument[] {
  const end = clauseEnd(a, from);
  return argumentsIn(a, from, end).filter((x) => x.entity.kind === 'place' && x.entity.country !== null).slice(0, 3);
}

/** Who a meeting was with: "meetings with Mexican officials", "met with X and Y". */
function participants(a: Analysis, from: number): Argument[] {
  const T = a.tokens;
  for (let k = from; k < Math.min(T.length, from + 3); k++) {
    if (T[k]!.norm === 'with' || T[k]!.norm === 'con') return objectAfter(a, k + 1, 4);
  }
  return [];
}

function countAfter(a: Analysis, end: number): number | null {
  const n = numberAt(a, end);
  // "conversa con un jefe": an article is no count.
  return n && n.value >= 2 ? n.value : null;
}

const PARTICIPLE = /(ed|ado|ada|ados|adas|ido|ida|idos|idas)$/;

function placeIn(a: Analysis, r: Range): number | null {
  const T = a.tokens;
  for (let i = r.start; i < r.end; i++) {
    if (!/^(in|at|en)$/.test(T[i]!.norm)) continue;
    for (let k = i + 1; k < Math.min(r.end, i + 6); k++) {
      const m = a.mentionAt[k]!;
      if (m < 0) continue;
      const e = resolveEntity(a, a.mentions[m]!.entity);
      if (e.kind === 'place') return e.index;
      break;
    }
  }
  return null;
}

function spanStart(a: Analysis, clauseFirst: number, trigger: number, actors: EntityDraft[]): number {
  for (let k = clauseFirst; k < trigger; k++) {
    const m = a.mentionAt[k]!;
    if (m >= 0 && actors.includes(resolveEntity(a, a.mentions[m]!.entity))) return k;
  }
  return Math.max(clauseFirst, trigger - 8);
}

function lastOf(a: Analysis, targets: EntityDraft[], clause: Range): number | null {
  let last: number | null = null;
  for (let k = clause.start; k < clause.end; k++) {
    const m = a.mentionAt[k]!;
    if (m >= 0 && targets.includes(resolveEntity(a, a.mentions[m]!.entity))) last = a.mentions[m]!.end;
  }
  return last;
}

function trimRange(a: Analysis, r: Range): Range {
  let end = Math.max(r.end, r.start + 1);
  while (end > r.start + 1 && ['.', ',', ';'].includes(a.tokens[end - 1]!.text)) end--;
  return { start: r.start, end };
}

function unique(list: EntityDraft[]): number[] {
  return [...new Set(list.map((e) => e.index))];
}

/** The same event told twice ("arrested Lozoya … when he was detained") is reported once,
 *  unless the two tellings give different dates. */
function dedupe(a: Analysis): void {
  const out: typeof a.events = [];
  for (const v of a.events) {
    const key = (x: typeof v) => `${x.kind}|${(x.targets.length ? x.targets : x.actors).map((t) => resolveEntity(a, t).index).sort().join(',')}`;
    // Two tellings agree unless they give different dates or different places.
    const differ = (p: string | number | null, q: string | number | null) => p !== null && q !== null && p !== q;
    const same = out.find((x) => key(x) === key(v) && !differ(x.date, v.date) && !differ(x.place, v.place));
    if (same) {
      same.date ??= v.date;
      same.place ??= v.place;
      for (const act of v.actors) if (!same.actors.includes(act)) same.actors.push(act);
      continue;
    }
    out.push(v);
  }
  a.events = out;
}
