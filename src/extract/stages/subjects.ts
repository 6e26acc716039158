// Finding who a verb is about: the subject of a clause past appositions, relative clauses and
// asides; subjects shared by coordinated verbs and, in Spanish, by sentences without one;
// antecedents of relative pronouns and holders of appositions.
import type { Analysis } from '../analysis.js';
import { sentenceAt, tagAt, tagEndingAt } from '../analysis.js';
import {
  ADVERBS, type Argument, PASSIVE_AUX, adjectival, argumentAt, argumentsIn, clauseStart, coordinated, isPreposition, skipFrontedPhrase,
} from './syntax.js';

const FINITE_VERB = /^(?:\p{L}+(?:ó|ió|aron|ieron|aba|aban|ía|ían)|\p{L}{3,}ed|was|were|has|had|is|are)$/u;

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
    // ", joined by Mexico City's government,": a participle phrase with its agent.
    const participleAside = start > floor && first.shape === 'lower' && /(ed|ing|ado|ada|ido|ida)$/.test(first.norm) && /^(by|por)$/.test(T[start + 1]?.norm ?? '');
    const isAside = participleAside || RELATIVE.has(first.norm) || (APPOSITIVE_OPENERS.has(first.norm) && afterComma) || first.shape === 'num' || bare || onlyPlaces
      || prepAside || verbFirst || nounAside || titleApposition;
    // A place inside a prepositional phrase ("a federal jury in Manhattan") is no subject.
    const args = all.filter((x) => x.entity.kind !== 'place' || opts.places && !(x.start > start && isPreposition(a, x.start - 1)));
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
  const first = sentenceAt(a, v).first;
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
  const s = sentenceAt(a, v);
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

/** "X, who/whom …": the argument right before the relative pronoun that opens the clause of
 *  token i, looking past one apposition ("X, the gang's former chief, who …"). */
export function relativeAntecedent(a: Analysis, i: number): Argument[] | null {
  const T = a.tokens;
  const s = sentenceAt(a, i);
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
  const s = sentenceAt(a, j);
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
  const s = sentenceAt(a, i);
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
