// The frames that say who a clause accuses beyond plain verbs: "charges against X", "led by X",
// "the arrest of X for …", Spanish clitics ("se le acusa"), "X ligadas a la red", partners in an
// alliance, unnamed plural subjects, and coordination through appositions.
import type { Analysis, Attribution, EntityDraft, Range } from '../analysis.js';
import { sentenceAt, surface, tagAt } from '../analysis.js';
import { addMention } from '../entities.js';
import { argumentBefore } from './subjects.js';
import { type Argument, argumentAt, argumentsIn, coordinated, objectAfter, pairAt, skipFrontedPhrase } from './syntax.js';

/** Who is accused, by which rule; `anchor` narrows the crime words to those near it. */
export interface Frame {
  subjects: Argument[];
  rule: string;
  /** The accusing verb, whose subject makes the claim ("He linked Sanchez to the cartels"). */
  verb?: number;
  /** The agent of a passive accusation, who makes the claim ("investigated by the FGR"). */
  agent?: Argument;
  anchor?: number;
}

export function findPair(a: Analysis, from: number, to: number): Argument | null {
  for (let i = from; i < to; i++) {
    const p = pairAt(a, i);
    if (p) return p;
  }
  return null;
}

/** Judges and prosecutors act on an accusation; they are not its subject. */
export function isOfficialActor(e: EntityDraft): boolean {
  return e.kind === 'person' && e.positions.some((p) => p.title === 'judge' || p.title === 'attorney general');
}

const PARTNER_CUES = new Set(['alliance with', 'alliances with', 'in league with', 'ties to', 'links to', 'colluding with', 'colluded with', 'complicit with']);

/** "an alliance with the government of Mexico": the partner is accused too, unless it is the crime itself. */
export function partnersOf(a: Analysis, clause: Range, _cue: number): Argument[] {
  const out: Argument[] = [];
  for (let i = clause.start; i < clause.end; i++) {
    const h = tagAt(a, i, 'hedge');
    if (!h) continue;
    const words = a.tokens.slice(i, h.end).map((t) => t.norm).join(' ');
    if (!PARTNER_CUES.has(words)) continue;
    for (const arg of objectAfter(a, h.end, 4)) {
      if (arg.entity.kind === 'organization' && arg.entity.orgType === 'criminal_group') continue;
      if (canBeAccused(arg.entity)) out.push(arg);
    }
  }
  return out;
}

/** A plural common noun phrase as subject ("Mexican drug trafficking organizations") becomes a group. */
export function commonNounGroup(a: Analysis, from: number, limit: number): Argument | null {
  const T = a.tokens;
  let i = from;
  while (i < limit && /^(that|the|los|las|que)$/.test(T[i]!.norm)) i++;
  const start = i;
  while (i < limit && i - start < 5 && (T[i]!.shape === 'lower' || tagAt(a, i, 'demonym')) && !tagAt(a, i, 'verb')
    && !/^(have|has|had|are|were|is|was|will|would|han|tienen|son|eran)$/.test(T[i]!.norm)) i++;
  if (i - start < 2 || !/s$/.test(T[i - 1]!.norm) || !/^(have|has|had|are|were|tienen|han|son)$/.test(T[i]?.norm ?? '')) return null;
  const r = { start, end: i };
  const e = addMention(a, r, 'group', 'common-noun-group', { description: surface(a, r), key: `group:${surface(a, r).toLowerCase()}` });
  return { entity: e, start, end: i, pronoun: false };
}

export const PARTICIPLE = /(ed|en|ado|ada|ados|adas|ido|ida|idos|idas)$/;
export const PREPOSITION_BEFORE = /^(con|with|de|del|of|al|to|para|for|ante|before|por|by)$/;
const CHARGE_WORDS = /^(cargos|cargo|denuncia|denuncias|acusaci[oó]n|acusaciones|imputaci[oó]n|proceso|orden|charges|charge|complaint|case|accusations|indictment|warrant|lawsuit|demanda|querella)$/;

const CLITIC = /^(le|les|lo|la|los|las)$/;

/** "confirmó que se le acusa de ser la autora intelectual": the clitic points back to the person
 *  the previous sentences were about, not to the one who speaks. */
export function cliticAccused(a: Analysis, clause: Range, attribution: Attribution | null): Frame | null {
  if (a.lang !== 'es') return null;
  const T = a.tokens;
  for (let i = clause.start + 1; i < clause.end; i++) {
    if (!CLITIC.test(T[i - 1]!.norm) || !tagAt(a, i, 'accuseVerb')) continue;
    const speaker = attribution?.source.entity ?? null;
    const s = sentenceAt(a, i);
    for (let si = s.index - 1; si >= Math.max(0, s.index - 3); si--) {
      const prev = a.sentences[si]!;
      const person = argumentsIn(a, skipFrontedPhrase(a, prev.first, prev.last), prev.last)
        .find((x) => x.entity.kind === 'person' && x.entity.index !== speaker);
      if (person) return { subjects: [{ ...person, start: i - 1, end: i }], rule: 'clitic-accused', anchor: i };
    }
  }
  return null;
}

const LINKED = /^(ligad[oa]s?|vinculad[oa]s?|relacionad[oa]s?|linked|tied|connected)$/;

/** "e incluyó a 20 personas y empresas ligadas a la red": the ones described as linked. */
export function linkedParticiple(a: Analysis, clause: Range): Frame | null {
  const T = a.tokens;
  for (let i = clause.start + 1; i < clause.end; i++) {
    if (!LINKED.test(T[i]!.norm) || !/^(a|al|con|to|with)$/.test(T[i + 1]?.norm ?? '')) continue;
    const before = argumentBefore(a, i);
    if (before && canBeAccused(before.entity)) return { subjects: [before], rule: 'linked-participle', anchor: i };
  }
  return null;
}

/** "formuló cargos contra X", "the charges against X": the one the charges are against. */
export function chargedAgainst(a: Analysis, clause: Range): Frame | null {
  const T = a.tokens;
  for (let i = clause.start; i < clause.end; i++) {
    if (!/^(contra|against)$/.test(T[i]!.norm)) continue;
    let charged = false;
    for (let k = i - 1; k >= Math.max(clause.start, i - 12); k--) if (CHARGE_WORDS.test(T[k]!.norm)) { charged = true; break; }
    if (!charged) continue;
    const obj = objectAfter(a, i + 1, 5).filter((x) => canBeAccused(x.entity));
    if (obj.length) return { subjects: coordinatedLoose(a, obj[0]!, clause.end).filter((x) => canBeAccused(x.entity)), rule: 'charged-against', anchor: i };
  }
  return null;
}

/** "una red de corrupción encabezada por los hermanos Farías Laguna", "a cell led by X". */
export function ledBy(a: Analysis, clause: Range): Frame | null {
  const T = a.tokens;
  for (let i = clause.start; i + 1 < clause.end; i++) {
    if (!/^(encabezad[ao]s?|liderad[ao]s?|dirigid[ao]s?|led|headed|run|comandad[ao]s?)$/.test(T[i]!.norm) || !/^(por|by)$/.test(T[i + 1]!.norm)) continue;
    const brothers = siblingsAt(a, i + 2);
    if (brothers.length) return { subjects: brothers, rule: 'led-by-siblings', anchor: i };
    const obj = objectAfter(a, i + 2, 4).filter((x) => canBeAccused(x.entity));
    if (obj.length) return { subjects: obj, rule: 'led-by', anchor: i };
  }
  return null;
}

/** "los hermanos Farías Laguna", "the Arellano Félix brothers": every person with that surname. */
function siblingsAt(a: Analysis, i: number): Argument[] {
  const T = a.tokens;
  let k = i;
  if (/^(los|las|the)$/.test(T[k]?.norm ?? '')) k++;
  if (!/^(hermanos|hermanas|brothers|sisters)$/.test(T[k]?.norm ?? '')) return [];
  const surname: string[] = [];
  for (let j = k + 1; j < T.length && (T[j]!.shape === 'cap') && surname.length < 3; j++) surname.push(T[j]!.norm);
  if (!surname.length) return [];
  const tail = surname.join(' ');
  const out: Argument[] = [];
  for (const e of a.entities) {
    if (e.kind !== 'person' || !e.mentions.length || (e as { mergedInto?: number }).mergedInto !== undefined) continue;
    const name = e.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (name.endsWith(tail) && name.length > tail.length) out.push({ entity: e, start: k + 1, end: k + 1 + surname.length, pronoun: false });
  }
  return out.length >= 2 ? out : [];
}

/** "la detención de 14 personas … por su presunta participación en una red criminal": the arrested. */
export function arrestOf(a: Analysis, clause: Range, firstCue: number): Frame | null {
  const T = a.tokens;
  for (let i = clause.start; i < firstCue; i++) {
    const ev = (a.matches[i] ?? []).find((m) => m.tag.t === 'event' && m.tag.noun);
    if (!ev || ev.tag.t !== 'event' || !['arrest', 'charge', 'investigation', 'extradition'].includes(ev.tag.kind)) continue;
    if (!/^(de|of)$/.test(T[ev.end]?.norm ?? '')) continue;
    const obj = objectAfter(a, ev.end + 1, 4).filter((x) => canBeAccused(x.entity));
    if (!obj.length) continue;
    // The crime must be what they are held for: "por", "for", "over" before it.
    for (let k = obj[0]!.end; k < firstCue + 1; k++) {
      if (/^(por|for|over|on)$/.test(T[k]!.norm)) {
        const holder = appositionMember(a, obj[0]!.end, firstCue);
        return { subjects: holder ? [...obj, holder] : obj, rule: 'arrest-of' };
      }
    }
  }
  return null;
}

/** "14 personas, entre ellas un vicealmirante … X": a named member of the arrested group. */
function appositionMember(a: Analysis, from: number, to: number): Argument | null {
  const T = a.tokens;
  if (T[from]?.text !== ',' || !/^(entre|including|among)$/.test(T[from + 1]?.norm ?? '')) return null;
  // The first noun phrase after "entre ellas" must be the name itself (a title may precede it).
  let k = from + 2;
  if (/^(ellas|ellos|them)$/.test(T[k]?.norm ?? '')) k++;
  if (/^(un|una|el|la|a|an|the)$/.test(T[k]?.norm ?? '')) k++;
  const title = tagAt(a, k, 'title');
  if (title) k = title.end;
  const arg = k < to ? argumentAt(a, k) : null;
  return arg && arg.entity.kind === 'person' ? arg : null;
}

/** The argument joined by "y/and" before `arg`, past a short description ("y su hija Alejandra"). */
export function coordinatedBefore(a: Analysis, arg: Argument): Argument | null {
  const T = a.tokens;
  for (let k = arg.start - 1; k >= Math.max(0, arg.start - 4); k--) {
    if (/^(y|e|and)$/.test(T[k]!.norm)) return argumentBefore(a, k);
    if (T[k]!.shape !== 'lower') return null;
  }
  return null;
}

/** "X and a party associate, Y," — coordination through an apposition. */
export function coordinatedLoose(a: Analysis, first: Argument, limit: number): Argument[] {
  const out = coordinated(a, first, limit);
  const last = out[out.length - 1]!;
  const T = a.tokens;
  if (T[last.end]?.norm === 'and' || T[last.end]?.norm === 'y') {
    for (let k = last.end + 1; k < Math.min(limit, last.end + 6); k++) {
      if (T[k]!.text === ',') {
        const next = argumentAt(a, k + 1);
        if (next && next.entity.kind === first.entity.kind) out.push(next);
        break;
      }
    }
  }
  return out;
}

export function canBeAccused(e: EntityDraft): boolean {
  if (e.kind === 'person' || e.kind === 'group') return true;
  if (e.kind !== 'organization') return false;
  return !['media', 'court', 'legislature', 'agency'].includes(e.orgType ?? 'other');
}
