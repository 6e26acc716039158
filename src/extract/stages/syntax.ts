// Shallow syntax the semantic stages share: clause starts, the subject before a verb, the
// object after it, passive voice, coordination ("X and Y"), and pronouns, all from token
// shapes and small word lists rather than a parser.
import type { Analysis, EntityDraft } from '../analysis.js';
import { tagAt, tagEndingAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';

const CLAUSE_BREAKS = new Set([';', ':', '—', '–']);
const CLAUSE_WORDS = new Set(['but', 'while', 'whereas', 'although', 'though', 'pero', 'mientras', 'aunque', 'sino']);
const FRONT_PREPS = new Set(['once', 'although', 'though', 'while', 'in', 'on', 'at', 'after', 'before', 'under', 'despite', 'following', 'during', 'since', 'when', 'as', 'if', 'with', 'without', 'amid', 'earlier', 'later', 'last', 'this', 'en', 'tras', 'durante', 'desde', 'con', 'sin', 'ante', 'según', 'segun', 'por', 'para', 'al', 'cuando', 'a', 'hace']);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'fue', 'fueron', 'sido', 'es', 'son', 'ser', 'será', 'sera', 'era', 'eran', 'ha', 'han', 'había', 'habia', 'fuera', 'quedó', 'quedo']);
const ADVERBS = /^(also|formally|later|previously|already|reportedly|allegedly|initially|then|subsequently|officially|repeatedly|recently|never|not|ya|también|tambien|luego|formalmente|presuntamente|posteriormente|recientemente)$/;
export const PRONOUNS_3 = new Set(['he', 'she', 'him', 'her', 'his', 'él', 'el', 'ella']);

/** Where the clause holding token i starts: after ";", ", but", a dash, or the sentence start. */
export function clauseStart(a: Analysis, i: number): number {
  const s = a.sentences[a.tokens[i]!.sentence]!;
  for (let k = i - 1; k >= s.first; k--) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text)) return k + 1;
    if (CLAUSE_WORDS.has(t.norm) && (k === s.first || a.tokens[k - 1]!.text === ',' || t.norm === 'but' || t.norm === 'pero')) return k + 1;
    // "asserting that X … and that Y …": each that-clause has its own subject.
    if ((t.norm === 'that' || t.norm === 'que') && ['and', 'y'].includes(a.tokens[k - 1]?.norm ?? '')) return k + 1;
  }
  return s.first;
}

/** Where the clause holding token i ends (exclusive). */
export function clauseEnd(a: Analysis, i: number): number {
  const s = a.sentences[a.tokens[i]!.sentence]!;
  for (let k = i + 1; k < s.last; k++) {
    const t = a.tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text)) return k;
    if (CLAUSE_WORDS.has(t.norm) && (a.tokens[k - 1]!.text === ',' || t.norm === 'but' || t.norm === 'pero')) return a.tokens[k - 1]!.text === ',' ? k - 1 : k;
    if ((t.norm === 'that' || t.norm === 'que') && ['and', 'y'].includes(a.tokens[k - 1]?.norm ?? '')) return k - 1;
  }
  return s.last;
}

/** A fronted adverbial ("In a statement on X, …", "According to …,") is skipped to its comma. */
export function skipFrontedPhrase(a: Analysis, from: number, to: number): number {
  const t = a.tokens[from];
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
  const s = a.sentences[T[from]!.sentence]!;
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

const FINITE_VERB = /^(?:\p{L}+(?:ó|ió|aron|ieron|aba|aban|ía|ían)|was|were|has|had|is|are)$/u;

const RELATIVE = new Set(['who', 'whom', 'which', 'that', 'quien', 'quienes', 'que', 'cuyo', 'cuya']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one', 'himself', 'herself', 'un', 'una', 'el', 'la']);

/** The subject of the verb at v: walking back over comma-separated segments, skipping
 *  relative clauses and appositions, the first entity of the first plain segment. A plain
 *  segment without an entity ("members of her party are implicated") means no named subject. */
export function clauseSubject(a: Analysis, v: number, opts: { places?: boolean } = {}): Argument[] {
  const T = a.tokens;
  // "prosecutors arrested X, and charged him": the second verb shares the first one's subject.
  const shared = previousVerb(a, v);
  if (shared >= 0) return clauseSubject(a, shared, opts);
  const floor = skipFrontedPhrase(a, clauseStart(a, v), v);
  let end = v;
  while (end > floor && (PASSIVE_AUX.has(T[end - 1]!.norm) || ADVERBS.test(T[end - 1]!.norm)
    || /^(has|have|had|will|would|could|may|might|did|does|do|can|cannot|always|long|angrily|publicly|immediately|no|nunca|siempre)$/.test(T[end - 1]!.norm))) end--;
  while (end > floor) {
    if (T[end - 1]!.text === ',') end--;
    let start = end;
    // A segment runs back to a comma, a complementizer ("certified that [Duarte] could be
    // extradited") or a reporting verb ("sources said [seven people] had been detained").
    while (start > floor && T[start - 1]!.text !== ',' && !/^(that|que|whether)$/.test(T[start - 1]!.norm)
      && !(tagAt(a, start - 1, 'verb') && T[start - 1]!.shape === 'lower' && start - 1 > floor && !adjectival(a, start - 1))) start--;
    if (start === end) { end = start - 1; continue; } // a reporting verb right before: step over it
    // "admitió [ser dueño del terreno]": a complement without a name belongs to the verb before
    // it, whose subject is further back.
    const afterVerb = start > floor && !!tagAt(a, start - 1, 'verb') && T[start - 1]!.shape === 'lower';
    if (afterVerb && !argumentsIn(a, start, end).length) { end = start - 1; continue; }
    // ", que fue dirigente … de Morales,": a relative clause after a comma, whatever it names.
    if (start - 2 >= floor && /^(que|that|which)$/.test(T[start - 1]!.norm) && T[start - 2]!.text === ',') { end = start - 2; continue; }
    const first = T[start]!;
    // Relative clauses, appositions, and bare connectives (", and was arrested", ", before being extradited").
    const bare = /^(and|y|e|before|after|then|later|antes|despu[eé]s|luego|when|cuando|while|mientras)$/.test(first.norm)
      && !argumentsIn(a, start, end).length;
    const all = argumentsIn(a, start, end);
    // A segment naming only places ("…, Guatemala,", "in Panajachel") is a locative aside.
    const onlyPlaces = all.length > 0 && all.every((x) => x.entity.kind === 'place') && start > floor;
    // ", por su parte,", ", de 63 años,", ", in turn,": a prepositional aside without a name.
    const prepAside = isPreposition(a, start) && !all.length && start > floor;
    // "…, quien gobernó la capital, apareció en un video": a segment that opens with its verb has
    // its subject further back.
    // (Spanish verb endings carry accents, so the surface form is tested, not the folded one.)
    const verbFirst = first.shape === 'lower' && !all.length && start > floor && FINITE_VERB.test(first.text.toLowerCase());
    // "X, primo y aliado del presidente de Colombia, Álvaro Uribe, quedó detenido": an apposition
    // may open with a bare noun, and a name after a segment ending in a title names that title.
    const nounAside = start > floor && first.shape === 'lower' && (!!tagAt(a, start, 'personNoun') || !!tagAt(a, start, 'title'));
    const titleApposition = start > floor && all.length === 1 && all[0]!.start === start && all[0]!.end === end && endsWithTitle(a, start - 1);
    // A determiner opens an apposition only after a comma ("X, the former governor,"); after a
    // reporting verb or at the clause start it opens the subject ("said the U.S. even warned").
    const afterComma = T[start - 1]?.text === ',';
    const isAside = RELATIVE.has(first.norm) || (APPOSITIVE_OPENERS.has(first.norm) && afterComma) || first.shape === 'num' || bare || onlyPlaces
      || prepAside || verbFirst || nounAside || titleApposition;
    const args = all.filter((x) => opts.places || x.entity.kind !== 'place');
    if (!isAside || (args.length && start === floor)) {
      if (!args.length) return start === floor ? previousClauseSubject(a, floor, v, opts) : [];
      // "U.S. Secretary of State Marco Rubio": a place that only qualifies the next name.
      const head = args[0]!.entity.kind === 'place' && args[1] && args[1].start - args[0]!.end <= 4 ? args[1] : args[0]!;
      return coordinated(a, head, v);
    }
    end = start;
  }
  return previousClauseSubject(a, floor, v, opts);
}

/** True when the segment closing at comma `c` ends with a title, or a title and its place
 *  ("del presidente de Colombia,"). */
function endsWithTitle(a: Analysis, c: number): boolean {
  const T = a.tokens;
  if (T[c]?.text !== ',') return false;
  let k = c - 1;
  const m = a.mentionAt[k]!;
  if (m >= 0 && a.entities[a.mentions[m]!.entity]!.kind === 'place' && /^(de|del|of)$/.test(T[a.mentions[m]!.start - 1]?.norm ?? '')) k = a.mentions[m]!.start - 2;
  return tagEndingAt(a, k + 1, 'title') !== null && T[k]!.shape === 'lower';
}

/** The verb that a verb right after "and"/"y" is coordinated with, or -1. */
export function previousVerb(a: Analysis, v: number): number {
  const T = a.tokens;
  if (!/^(and|y)$/.test(T[v - 1]?.norm ?? '')) return -1;
  const first = a.sentences[T[v]!.sentence]!.first;
  for (let k = v - 2; k >= first; k--) {
    const t = T[k]!;
    if (t.text === ';' || t.text === ':') break;
    if (t.shape !== 'lower' || adjectival(a, k)) continue;
    if (tagAt(a, k, 'event') || tagAt(a, k, 'accuseVerb') || tagAt(a, k, 'verb') || tagAt(a, k, 'stance')) {
      return tagAt(a, k, 'event')?.tag.noun ? -1 : k;
    }
  }
  return -1;
}

/** "Cáceres admitió ser dueño del terreno, pero negó cualquier vínculo": a clause without a
 *  subject of its own after "pero/y/but/and" shares the one before; a Spanish sentence without
 *  one (pro-drop) continues the subject of the sentence before. */
function previousClauseSubject(a: Analysis, floor: number, v: number, opts: { places?: boolean }): Argument[] {
  const T = a.tokens;
  const s = a.sentences[T[v]!.sentence]!;
  const conj = /^(pero|y|but|and|e|sino)$/.test(T[floor - 1]?.norm ?? '') || /^(pero|y|but|and)$/.test(T[floor]?.norm ?? '');
  if (floor > s.first && conj) return clauseSubject(a, floor - 1 - (T[floor - 2]?.text === ',' ? 1 : 0), opts);
  if (a.lang !== 'es' || argumentsIn(a, s.first, v).length) return [];
  for (let si = s.index - 1; si >= Math.max(0, s.index - 2); si--) {
    const prev = a.sentences[si]!;
    const args = argumentsIn(a, skipFrontedPhrase(a, prev.first, prev.last), prev.last)
      .filter((x) => x.entity.kind === 'person' && !isPreposition(a, x.start - 1));
    if (args.length) return [args[0]!];
  }
  return [];
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
  const s = a.sentences[a.tokens[from]!.sentence]!;
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
  const s = a.sentences[a.tokens[i]!.sentence]!;
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

/** "X, who/whom …": the argument right before the relative pronoun that opens the clause of
 *  token i, looking past one apposition ("X, the gang's former chief, who …"). */
export function relativeAntecedent(a: Analysis, i: number): Argument[] | null {
  const T = a.tokens;
  const s = a.sentences[T[i]!.sentence]!;
  for (let k = i - 1; k >= Math.max(s.first + 1, i - 8); k--) {
    // "X, que permanece en prisión acusado de …": Spanish "que" after a comma is a relative.
    const rel = ['who', 'whom', 'quien', 'quienes'].includes(T[k]!.norm) || (T[k]!.norm === 'que' && T[k - 1]?.text === ',');
    if (!rel) continue;
    let j = k - 1;
    if (T[j]?.text === ',') j--;
    for (let b = j; b >= Math.max(s.first, j - 6); b--) {
      const arg = argumentAt(a, b);
      // "…, oriundo de Huetamo, que …": a place closing an apposition is not the antecedent.
      if (arg && arg.end === j + 1 && arg.entity.kind !== 'place') return [arg];
    }
    // "X, the gang's alleged former chief, who …": past one apposition.
    const holder = appositionHolder(a, j) ?? appositionStart(a, j);
    return holder ? [holder] : null;
  }
  return null;
}

/** The name an apposition ending at token j belongs to: "Jesús Reyna García, exgobernador
 *  interino y oriundo de Huetamo, que …" (the apposition may start without a determiner). */
function appositionStart(a: Analysis, j: number): Argument | null {
  const T = a.tokens;
  const s = a.sentences[T[j]!.sentence]!;
  for (let k = j; k > Math.max(s.first, j - 12); k--) {
    if (T[k]!.text !== ',') continue;
    const arg = argumentBefore(a, k);
    return arg && arg.entity.kind === 'person' ? arg : null;
  }
  return null;
}

/** The argument just before token i (a comma may stand between: "X, acusada de …"). */
export function argumentBefore(a: Analysis, i: number): Argument | null {
  const end = a.tokens[i - 1]?.text === ',' ? i - 1 : i;
  for (let b = end - 1; b >= Math.max(0, end - 8); b--) {
    const arg = argumentAt(a, b);
    if (arg && arg.end === end) return arg;
  }
  return null;
}

/** The entity an apposition around token i describes: "X, the gang's alleged former chief,". */
export function appositionHolder(a: Analysis, i: number): Argument | null {
  const T = a.tokens;
  const s = a.sentences[T[i]!.sentence]!;
  for (let k = i - 1; k > Math.max(s.first, i - 8); k--) {
    if (T[k]!.text !== ',') continue;
    // An apposition opens with a determiner, a status or a title ("X, the gang's alleged chief").
    const next = T[k + 1];
    if (!next || !(APPOSITIVE_OPENERS.has(next.norm) || tagAt(a, k + 1, 'status') || tagAt(a, k + 1, 'title') || /^(su|his|her|its)$/.test(next.norm))) return null;
    const arg = argumentBefore(a, k);
    return arg && arg.entity.kind !== 'place' ? arg : null;
  }
  return null;
}
