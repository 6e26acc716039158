// Shallow syntax the semantic stages share: clause starts, the subject before a verb, the
// object after it, passive voice, coordination ("X and Y"), and pronouns, all from token
// shapes and small word lists rather than a parser.
import type { Analysis, EntityDraft } from '../analysis.js';
import { sentenceAt, tagAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';

const CLAUSE_BREAKS = new Set([';', ':', '—', '–']);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'pero', 'mientras', 'aunque', 'sino']);
const FRONT_PREPS = new Set(['once', 'although', 'though', 'while', 'in', 'on', 'at', 'after', 'before', 'under', 'despite', 'following', 'during', 'since', 'when', 'as', 'if', 'with', 'without', 'amid', 'earlier', 'later', 'last', 'this', 'en', 'tras', 'durante', 'desde', 'con', 'sin', 'ante', 'según', 'segun', 'por', 'para', 'al', 'cuando', 'a', 'hace']);
const SENTENCE_ADVERBS = new Set(['meanwhile', 'however', 'earlier', 'later', 'separately', 'additionally', 'moreover', 'instead', 'still', 'also', 'ademas', 'asimismo', 'igualmente', 'posteriormente', 'previamente', 'mientras', 'luego', 'entonces']);
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'fue', 'fueron', 'sido', 'es', 'son', 'ser', 'será', 'sera', 'era', 'eran', 'ha', 'han', 'había', 'habia', 'fuera', 'quedó', 'quedo']);
export const ADVERBS = /^(also|formally|later|previously|already|reportedly|allegedly|initially|then|subsequently|officially|repeatedly|recently|never|not|ya|también|tambien|luego|formalmente|presuntamente|posteriormente|recientemente)$/;
export const PRONOUNS_3 = new Set(['he', 'she', 'him', 'her', 'his', 'él', 'el', 'ella']);

/** A hyphen standing alone as a dash ("MEXICO CITY (Reuters) - Mexican authorities …", "(EFE).-"),
 *  not inside a word ("well-known"). */
function spacedHyphen(a: Analysis, k: number): boolean {
  const t = a.tokens[k]!;
  if (t.text !== '-' || a.text.charCodeAt(t.end) !== 32) return false;
  // " - " and the Spanish dateline's ".-" ("MONTERREY (EFE).- El gobernador …").
  const before = a.text.charCodeAt(t.start - 1);
  return before === 32 || before === 46;
}

/** Where the clause holding token i starts: after ";", ", but", a dash, or the sentence start. */
export function clauseStart(a: Analysis, i: number): number {
  const s = sentenceAt(a, i);
  for (let k = Math.min(i, a.tokens.length) - 1; k >= s.first; k--) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) || spacedHyphen(a, k)) return k + 1;
    if (CLAUSE_WORDS.has(t.norm) && (k === s.first || a.tokens[k - 1]!.text === ',' || t.norm === 'but' || t.norm === 'pero')) return k + 1;
    // "asserting that X … and that Y …": each that-clause has its own subject.
    if ((t.norm === 'that' || t.norm === 'que') && ['and', 'y'].includes(a.tokens[k - 1]?.norm ?? '')) return k + 1;
  }
  return s.first;
}

/** Where the clause holding token i ends (exclusive). */
export function clauseEnd(a: Analysis, i: number): number {
  const s = sentenceAt(a, i);
  for (let k = i + 1; k < s.last; k++) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) || spacedHyphen(a, k)) return k;
    if (CLAUSE_WORDS.has(t.norm) && (a.tokens[k - 1]!.text === ',' || t.norm === 'but' || t.norm === 'pero')) return a.tokens[k - 1]!.text === ',' ? k - 1 : k;
    if ((t.norm === 'that' || t.norm === 'que') && ['and', 'y'].includes(a.tokens[k - 1]?.norm ?? '')) return k - 1;
  }
  return s.last;
}

/** A fronted adverbial ("In a statement on X, …", "According to …,") is skipped to its comma. */
export function skipFrontedPhrase(a: Analysis, from: number, to: number): number {
  const t = a.tokens[from];
  // "Separately, the Treasury …", "Meanwhile, …", "Además, …": a sentence adverb and its comma.
  if (t && a.tokens[from + 1]?.text === ',' && from + 2 < to && (SENTENCE_ADVERBS.has(t.norm) || a.lang === 'en' && /^[a-z]{4,}ly$/.test(t.norm))) return from + 2;
  const according = !!t && !!tagAt(a, from, 'according');
  if (!t || !(FRONT_PREPS.has(t.norm) || according)) return from;
  for (let k = from + 1; k < Math.min(to, from + 25); k++) {
    if (a.tokens[k]!.text === ',') return k + 1;
    // "Earlier this year Cunha, 58, was charged": a person before the comma is the subject.
    if (!according && isPersonAt(a, k)) return from;
  }
  return from;
}

function isPersonAt(a: Analysis, k: number): boolean {
  const m = a.mentionAt[k]!;
  return m >= 0 && resolveEntity(a, a.mentions[m]!.entity).kind === 'person';
}

export interface Argument { entity: EntityDraft; start: number; end: number; pronoun: boolean; also?: EntityDraft }

/** The entity mentioned (or pronoun) at token i, with the token after it; possessives excluded. */
export function argumentAt(a: Analysis, i: number, allowPossessive = false): Argument | null {
  const m = a.mentionAt[i]!;
  const T = a.tokens;
  if (m >= 0) {
    const mention = a.mentions[m]!;
    if (mention.start !== i) return null;
    const end = mention.end;
    if (!allowPossessive && (T[end]?.norm === "'s" || T[end]?.norm === "'")) return null;
    return { entity: resolveEntity(a, mention.entity), start: i, end, pronoun: false };
  }
  const t = T[i]!;
  if (PRONOUNS_3.has(t.norm) && (t.norm !== 'his' && t.norm !== 'her' || allowPossessive) && !(a.lang === 'es' && t.norm === 'el')) {
    const e = resolvePronounAt(a, i);
    if (e) return { entity: e, start: i, end: i + 1, pronoun: true };
  }
  return null;
}

/** The arguments of a clause between from and to, in order. */
export function argumentsIn(a: Analysis, from: number, to: number, allowPossessive = false): Argument[] {
  const out: Argument[] = [];
  for (let i = from; i < to; i++) {
    const arg = argumentAt(a, i, allowPossessive) ?? pairAt(a, i);
    if (arg) { out.push(arg); i = arg.end - 1; }
  }
  return out;
}

/** The subject of the verb at token v: the first argument of its clause (after any fronted
 *  phrase), extended over coordination ("X and Y"). */
export function subjectOf(a: Analysis, v: number): Argument[] {
  const start = skipFrontedPhrase(a, clauseStart(a, v), v);
  const args = argumentsIn(a, start, v);
  // Skip arguments inside a relative clause or apposition that closes before the verb.
  const first = args[0];
  if (!first) return [];
  return coordinated(a, first, v);
}

/** The argument right after token `from` (skipping determiners and adverbs), with coordination. */
const PREPOSITIONS_BY_LANG = {
  en: new Set(['in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', 'over', 'of', 'into', 'about', 'after', 'before', 'since', 'during', 'under']),
  // English words too: Spanish reports quote English names, never the other way round in clauses.
  es: new Set(['en', 'a', 'de', 'del', 'por', 'con', 'para', 'desde', 'sobre', 'tras', 'ante', 'hacia', 'hasta', 'entre']),
};

/** Is token i a preposition of the document's language ("a" is one in Spanish, an article in English)? */
export function isPreposition(a: Analysis, i: number): boolean {
  return PREPOSITIONS_BY_LANG[a.lang].has(a.tokens[i]?.norm ?? '');
}

/** Nouns whose owner is the real object: "froze the assets of X", "congeló las cuentas de X". */
const HELD_THINGS = /^(cuentas|bienes|activos|propiedades|visa|visas|assets|accounts|properties|funds|fondos)$/;

export function objectAfter(a: Analysis, from: number, limit = 6): Argument[] {
  const T = a.tokens;
  if (from >= T.length) return [];
  const s = sentenceAt(a, from);
  let stop = Math.min(s.last, from + limit);
  for (let i = from; i < stop; i++) {
    const arg = argumentAt(a, i) ?? pairAt(a, i);
    if (arg) return coordinated(a, arg, s.last);
    const t = T[i]!;
    // Dates between a verb and its object: "detuvieron el pasado martes al alcalde".
    const date = tagAt(a, i, 'relativeDate') ?? tagAt(a, i, 'weekday');
    if (date) { i = date.end - 1; stop = Math.min(s.last, stop + (date.end - i)); continue; }
    // Spanish marks a person object with "a": "extraditó a México al exgobernador X".
    if (a.lang === 'es' && (t.norm === 'a' || t.norm === 'al')) continue;
    if (HELD_THINGS.test(t.norm) && /^(de|del|of)$/.test(T[i + 1]?.norm ?? '')) { i++; continue; }
    // "charging Blanco's former chief of staff, Jorge Ortega Lira,": the owner is not the object;
    // the phrase it owns, and the name in apposition to it, come next.
    const owned = a.mentionAt[i]! >= 0 ? a.mentions[a.mentionAt[i]!]! : null;
    if (owned && owned.start === i && /^'s?$/.test(T[owned.end]?.norm ?? '')) {
      i = owned.end;
      stop = Math.min(s.last, Math.max(stop, i + 8));
      continue;
    }
    // "a la exalcaldesa de Chilpancingo Norma Otilia Hernández": past the title and its place.
    const title = t.shape === 'lower' ? tagAt(a, i, 'title') : null;
    if (title) {
      let k = title.end;
      if (/^(de|del|of)$/.test(T[k]?.norm ?? '') && a.mentionAt[k + 1]! >= 0) k = a.mentions[a.mentionAt[k + 1]!]!.end;
      if (T[k]?.text === ',') k++;
      stop = Math.min(s.last, Math.max(stop, k + 2));
      i = k - 1;
      continue;
    }
    if ([',', '.', ';'].includes(t.text) || isPreposition(a, i)) break;
  }
  return [];
}

const PAIR = /^(the pair|the two men|the two women|both men|both women|the couple|los dos hombres|ambos hombres|las dos mujeres|la pareja)$/;

/** "the pair", "the two men", "ambos": the two persons named last. Returns the first; the
 *  second follows through `coordinated`'s caller via pairOf. */
const PAIR_OPENERS = new Set(['the', 'both', 'los', 'ambos', 'las', 'la']);

export function pairAt(a: Analysis, i: number): Argument | null {
  if (!PAIR_OPENERS.has(a.tokens[i]!.norm)) return null;
  for (const len of [3, 2, 1]) {
    const words = a.tokens.slice(i, i + len).map((t) => t.norm).join(' ');
    if (!PAIR.test(words)) continue;
    const people: EntityDraft[] = [];
    for (let k = i - 1; k >= Math.max(0, i - 150) && people.length < 2; k--) {
      const m = a.mentionAt[k]!;
      if (m < 0) continue;
      const e = resolveEntity(a, a.mentions[m]!.entity);
      if (e.kind === 'person' && !people.includes(e)) people.push(e);
      k = a.mentions[m]!.start;
    }
    if (people.length < 2) return null;
    return { entity: people[1]!, start: i, end: i + len, pronoun: true, also: people[0] };
  }
  return null;
}

/** "X and Y", "X, Y and Z", "X y Y": the arguments joined to `first`. */
export function coordinated(a: Analysis, first: Argument, limit: number): Argument[] {
  const out = [first];
  if (first.also) out.push({ ...first, entity: first.also, also: undefined });
  let i = first.end;
  // Skip a parenthetical acronym or an age: "Cunha, 58,".
  for (;;) {
    const t = a.tokens[i];
    if (!t || i >= limit) break;
    if (t.text === '(' && a.tokens[i + 2]?.text === ')') { i += 3; continue; }
    if (['and', 'y', 'e', ','].includes(t.norm)) {
      let j = i + 1;
      if (t.text === ',' && ['and', 'y'].includes(a.tokens[j]?.norm ?? '')) {
        j++;
        // "…, and the governors protested": a new clause, not one more item.
        if (/^(the|el|la|los|las)$/.test(a.tokens[j]?.norm ?? '')) break;
      }
      if (['the', 'el', 'la', 'su', 'his', 'her', 'otros', 'otras', 'other', 'another', 'los', 'las'].includes(a.tokens[j]?.norm ?? '')) j++;
      // "Mexico's foreign ministry and President Sheinbaum": past the title to the name.
      const title = j < limit && a.mentionAt[j]! < 0 ? tagAt(a, j, 'title') : null;
      if (title) j = title.end;
      const next = j < limit ? argumentAt(a, j) : null;
      // Persons, bodies and groups coordinate with each other; places only with places.
      if (next && (next.entity.kind === 'place') === (first.entity.kind === 'place')) { out.push(next); i = next.end; continue; }
    }
    break;
  }
  return out;
}

const MODIFIER_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', "'s", "'", 'over', 'of', 'for', 'by', 'without', 'with', 'in', 'on', 'el', 'la', 'los', 'las', 'su', 'sus', 'sin', 'por', 'del']);

/** "the gang's alleged former chief", "over alleged ties", "without saying": a verb form used
 *  as an adjective or inside a phrase, not a verb of the clause. */
export function adjectival(a: Analysis, i: number): boolean {
  return MODIFIER_BEFORE.has(a.tokens[i - 1]?.norm ?? '');
}

/** A lexicon word that must be in lower case unless it opens the sentence ("Negó cualquier vínculo"). */
export function lowerOrOpening(a: Analysis, i: number): boolean {
  const t = a.tokens[i]!;
  return t.shape === 'lower' || (t.shape === 'cap' && a.sentences[t.sentence]!.first === i);
}

/** True when the verb at v is passive: "was arrested", "has been charged", "fue detenido". */
export function isPassive(a: Analysis, v: number): boolean {
  if (/(ing|ando|iendo)$/.test(a.tokens[v]!.norm)) return false; // "is holding": progressive, active
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const n = a.tokens[k]!.norm;
    if (PASSIVE_AUX.has(n)) return true;
    if (!ADVERBS.test(n)) return false;
  }
  return false;
}

/** "by X" / "por X" after a passive verb: the agent. */
export function agentAfter(a: Analysis, from: number): Argument[] {
  if (from >= a.tokens.length) return [];
  const s = sentenceAt(a, from);
  for (let i = from; i < Math.min(s.last, from + 8); i++) {
    const n = a.tokens[i]!.norm;
    if (n === 'by' || n === 'por') return objectAfter(a, i + 1, 4);
    if ([',', '.', ';'].includes(a.tokens[i]!.text)) break;
  }
  return [];
}

/** The person a pronoun refers to: the subject of its sentence if named before it, else the
 *  last person mentioned, with a matching gender where the pronoun and the person have one. */
export function resolvePronounAt(a: Analysis, i: number): EntityDraft | null {
  const gender = a.lex.pronouns.get(a.tokens[i]!.norm) ?? null;
  const fits = (e: EntityDraft) => e.kind === 'person' && !(gender && e.gender && e.gender !== gender);
  const s = sentenceAt(a, i);
  // "When he was detained, Lozoya was carrying …": a pronoun in a fronted clause looks ahead.
  if (/^(when|after|before|as|while|although|though|since|once|cuando|tras|mientras|aunque)$/.test(a.tokens[s.first]!.norm)) {
    const comma = skipFrontedPhrase(a, s.first, s.last);
    if (comma > i) {
      const next = personsIn(a, comma, Math.min(s.last, comma + 4)).filter(fits)[0];
      if (next) return next;
    }
  }
  const here = personsIn(a, skipFrontedPhrase(a, s.first, i), i).filter(fits);
  // "X certified that Y could be extradited, finding that he …": after "that", the nearest.
  const embedded = ['that', 'que'].includes(a.tokens[i - 1]?.norm ?? '');
  if (here.length) return embedded ? here[here.length - 1]! : here[0]!;
  // Otherwise the subject of the closest earlier sentence that names a person.
  for (let si = s.index - 1; si >= Math.max(0, s.index - 4); si--) {
    const prev = a.sentences[si]!;
    const found = personsIn(a, skipFrontedPhrase(a, prev.first, prev.last), prev.last).filter(fits);
    if (found.length) return found[0]!;
  }
  return null;
}

/** Persons mentioned in [from, to), in order, leaving out possessives ("the mayor's father"). */
function personsIn(a: Analysis, from: number, to: number): EntityDraft[] {
  const out: EntityDraft[] = [];
  for (let k = from; k < to; k++) {
    const m = a.mentionAt[k]!;
    if (m < 0) continue;
    const mention = a.mentions[m]!;
    const poss = a.tokens[mention.end]?.norm === "'s" || a.tokens[mention.end]?.norm === "'";
    const e = resolveEntity(a, mention.entity);
    if (e.kind === 'person' && !poss && !out.includes(e)) out.push(e);
    k = Math.max(k, mention.end - 1);
  }
  return out;
}

