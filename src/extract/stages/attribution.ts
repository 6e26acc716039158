// Attribution: who says what. Reporting verbs ("said", "alleges", "told"), "according to",
// and documents ("the indictment said"), each with the source classified as named, anonymous
// (with a count where stated) or document, and the range of what is reported.
import type { Analysis, Attribution, Range, SourceDraft } from '../analysis.js';
import { sentenceAt, surface, tagAt } from '../analysis.js';
import { addMention, resolveEntity } from '../entities.js';
import { numberAt } from './groups.js';
import { adjectival, argumentsIn, clauseEnd, clauseStart, isPassive, isPreposition, lowerOrOpening, resolvePronounAt, skipFrontedPhrase } from './syntax.js';
import { previousVerb } from './subjects.js';

const PROSECUTOR_BODY = /attorney|prosecut|fiscal|procuradur|minist[eé]rio p[uú]blico|\bmpf\b|\bfgr\b|\bpgr\b|\bfge\b|justice department|department of justice|seido/i;
const DEFINITE = /^(the|el|la|los|las|this|that|these|those|his|her|their|its|su|sus|este|esta|estos|estas)$/;
const DEFINITE_ARTICLE = /^(the|la|el|los|las)$/;
const PROSECUTOR_WORD = /^(prosecutors?|investigators|fiscal[ií]a|fiscales|procuradur[ií]a)$/;
const SINGULAR = new Set(['a', 'an', 'one', 'un', 'una', 'uno']);

export function findAttributions(a: Analysis): void {
  const T = a.tokens;
  for (const s of a.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const acc = tagAt(a, i, 'according');
      if (acc) {
        const npEnd = nounPhraseEnd(a, acc.end, s.last);
        const source = classifySource(a, { start: acc.end, end: npEnd });
        if (source) {
          const fronted = i === clauseStart(a, i) || T[i - 1]?.text === ',' && i - 1 === s.first;
          // ", according to X," inside a clause reports the whole clause.
          const parenthetical = !fronted && T[i - 1]?.text === ',' && T[npEnd]?.text === ',';
          const content = fronted ? { start: npEnd, end: reportEnd(a, npEnd) }
            : parenthetical ? { start: clauseStart(a, i), end: reportEnd(a, npEnd) } : { start: clauseStart(a, i), end: i };
          a.attributions.push({ source, content, cue: { start: i, end: npEnd }, lemma: 'according', rule: 'according-to' });
        }
        i = npEnd - 1;
        continue;
      }
      const verb = tagAt(a, i, 'verb');
      // "has been charged", "was accused": a passive report names the accused, not a speaker.
      if (!verb || !lowerOrOpening(a, i) || adjectival(a, i) || isPassive(a, i)) continue;
      const att = verbAttribution(a, i, verb.end, verb.tag.lemma);
      if (att) a.attributions.push(att);
    }
  }
}

/** What a speaker reports runs to the end of the clause, through "and that …" continuations. */
function reportEnd(a: Analysis, from: number): number {
  let end = clauseEnd(a, from);
  const last = sentenceAt(a, from).last;
  while (end < last && ['and', 'y'].includes(a.tokens[end]!.norm) && ['that', 'que'].includes(a.tokens[end + 1]?.norm ?? '')) {
    end = clauseEnd(a, end + 2);
  }
  return end;
}

/** "SOURCE said (that) CONTENT", "CONTENT, SOURCE said", "CONTENT, said SOURCE". */
function verbAttribution(a: Analysis, v: number, vEnd: number, lemma: string): Attribution | null {
  const T = a.tokens;
  const start = skipFrontedPhrase(a, clauseStart(a, v), v);
  const end = reportEnd(a, v);
  // A participle after the main clause: "the White House went further, asserting that …",
  // "the judge certified …, finding probable cause that …".
  const that = thatAfter(a, vEnd, 4);
  if (T[v - 1]?.text === ',' && that >= 0 && /ing$|ando$|endo$/.test(T[v]!.norm)) {
    const np = { start: subjectPhraseStart(a, start, v - 1), end: v - 1 };
    const main = argumentsIn(a, start, v - 1).find((x) => x.entity.kind !== 'place');
    const source = main ? classifySource(a, { start: main.start, end: main.end }) : classifySource(a, np);
    if (source) return { source, content: { start: that + 1, end }, cue: { start: np.start, end: vEnd }, lemma, rule: 'participle-that' };
  }
  // Inverted: ", said Geoffrey Berman" / "," dijo el fiscal. Never for "told X" (X listens).
  if ((T[v - 1]?.text === ',' || /^[”"»]$/.test(T[v - 1]?.text ?? '')) && lemma !== 'tell') {
    // ", informó este sábado la FGR": a date may stand between the verb and its speaker.
    let from = vEnd;
    const date = tagAt(a, from, 'relativeDate') ?? tagAt(a, from, 'weekday');
    if (date) from = date.end;
    const after = { start: from, end: nounPhraseEnd(a, from, end) };
    const before = { start: lastCommaBefore(a, v, start), end: v - 1 };
    // The segment before the comma is a speaker only when it says nothing itself
    // ("fueron detenidos hoy por agentes fiscales, informó la prensa" is content).
    const says = (r: Range) => { for (let k = r.start; k < r.end; k++) if (tagAt(a, k, 'event') || tagAt(a, k, 'accuseVerb')) return true; return false; };
    const subjBefore = before.end > before.start && !says(before) ? classifySource(a, before) : null;
    // Only when the report closes the clause: "…, officials said on Friday."
    if (subjBefore && before.end - before.start <= 8 && end - vEnd <= 4) {
      return { source: subjBefore, content: { start, end: Math.max(start, before.start - 1) }, cue: { start: before.start, end: vEnd }, lemma, rule: 'content-comma-source-verb' };
    }
    // ", said Geoffrey Berman." — the speaker closes the clause.
    const closes = after.end - after.start <= 8 && (after.end >= end || [',', '.', ';', '('].includes(T[after.end]?.text ?? ''));
    const inverted = closes ? classifySource(a, after) : null;
    if (inverted) return { source: inverted, content: { start, end: v - 1 }, cue: { start: v, end: after.end }, lemma, rule: 'content-verb-source' };
  }
  // "prosecutors arrested X, and charged him with …": the subject of the verb "and" continues.
  const prev = previousVerb(a, v);
  if (prev >= 0) {
    const np = { start: subjectPhraseStart(a, start, prev), end: prev };
    const source = np.end > np.start ? classifySource(a, np) : null;
    return source ? { source, content: { start: vEnd, end }, cue: { start: np.start, end: vEnd }, lemma, rule: 'coordinated-verb' } : null;
  }
  // Subject before the verb.
  const npStart = subjectPhraseStart(a, start, v);
  const np = { start: npStart, end: v };
  if (np.end <= np.start) return null;
  const source = classifySource(a, np);
  if (!source) return null;
  const content = { start: vEnd, end };
  // "…, officials said." / "“…,” Berman said in a statement.": what they said came before.
  if (content.end - content.start <= 5 && (T[npStart - 1]?.text === ',' || /^[”"»]$/.test(T[npStart - 1]?.text ?? ''))) {
    return { source, content: { start: sentenceAt(a, v).first, end: npStart - 1 }, cue: { start: npStart, end: vEnd }, lemma, rule: 'content-source-verb' };
  }
  return { source, content, cue: { start: npStart, end: vEnd }, lemma, rule: 'source-verb-content' };
}

function thatAfter(a: Analysis, from: number, within: number): number {
  for (let k = from; k < Math.min(a.tokens.length, from + within); k++) {
    if (a.tokens[k]!.norm === 'that' || a.tokens[k]!.norm === 'que') return k;
    if ([',', '.', ';'].includes(a.tokens[k]!.text)) return -1;
  }
  return -1;
}

function lastCommaBefore(a: Analysis, v: number, floor: number): number {
  for (let k = v - 2; k >= floor; k--) if (a.tokens[k]!.text === ',' || /^[”"»]$/.test(a.tokens[k]!.text)) return k + 1;
  return floor;
}

/** The subject noun phrase before a verb: back from the verb to the clause start, stopping at a
 *  comma that closes an apposition only when a name stands before it. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'because', 'since', 'until', 'once', 'whereas', 'despues', 'antes', 'cuando', 'porque', 'tras', 'mientras']);

function subjectPhraseStart(a: Analysis, floor: number, v: number): number {
  const T = a.tokens;
  // A verb that opens its clause ("Acusan al empresario …") has no subject before it.
  if (v <= floor) return v;
  let k = v - 1;
  // Adverbs and auxiliaries between subject and verb: "has repeatedly said", "also said".
  while (k > floor && /^(also|has|have|had|repeatedly|previously|then|later|further|publicly|reportedly|never|always|long|not|did|does|will|would|could|may|ya|también|tambien|ha|han|había|habia)$/.test(T[k]!.norm)) k--;
  let start = k;
  while (start > floor) {
    const t = T[start - 1]!;
    if (['.', ';', ':', '"', '“', '”'].includes(t.text)) break;
    if (t.text === ',' && !insideApposition(a, floor, start - 1)) break;
    // "X was arrested after prosecutors charged him": a subordinate clause has its own subject.
    if (SUBORDINATORS.has(t.norm) || t.norm === 'que' && T[start - 2]?.norm === 'de') break;
    // "sources quoted by the newspaper" keeps its participle inside the phrase.
    if (tagAt(a, start - 1, 'verb') && T[start - 1]!.shape === 'lower' && T[start]?.norm !== 'by') break;
    start--;
  }
  return start;
}

/** A comma that ends an apposition started by an earlier comma after a name: "Lozoya's lawyer, Javier Coello, said". */
function insideApposition(a: Analysis, floor: number, comma: number): boolean {
  for (let k = comma - 1; k > Math.max(floor, comma - 10); k--) {
    // A phrase opened by a preposition is an adverbial, not an apposition
    // ("…, on charges of embezzlement, the attorney general's office said").
    if (a.tokens[k]!.text === ',') return !isPreposition(a, k + 1);
  }
  return false;
}

/** End of a noun phrase that starts at `from`: up to punctuation, a verb or "that". */
function nounPhraseEnd(a: Analysis, from: number, limit: number): number {
  let k = from;
  while (k < limit && k - from < 14) {
    const t = a.tokens[k]!;
    if ([',', '.', ';', ':', '"', '“', '”', '('].includes(t.text) || t.norm === 'that' || t.norm === 'que') break;
    if (tagAt(a, k, 'verb') && t.shape === 'lower' && k > from) break;
    k++;
  }
  return k;
}

/** Who a noun phrase names as a source, or null when it names none. */
export function classifySource(a: Analysis, np: Range): SourceDraft | null {
  if (np.end <= np.start) return null;
  const T = a.tokens;
  const text = surface(a, np);
  const args = argumentsIn(a, np.start, np.end);
  let anon: Range | null = null;
  let doc: Range | null = null;
  let prosecutors: Range | null = null;
  for (let i = np.start; i < np.end; i++) {
    const an = tagAt(a, i, 'anonNoun');
    if (an && T[i]!.shape === 'lower') anon = { start: i, end: an.end };
    const d = tagAt(a, i, 'document');
    if (d && T[i]!.shape === 'lower' && !doc) doc = { start: i, end: d.end };
    if (PROSECUTOR_WORD.test(T[i]!.norm)) prosecutors = { start: i, end: i + 1 };
    // "Two former state police officers said", "Dos exagentes declararon": unnamed people
    // (not prosecutors, who speak for their office, and not a phrase that names anyone).
    // A body named inside the phrase ("state police officers") only says whom they work for.
    const people = tagAt(a, i, 'groupNoun') ?? tagAt(a, i, 'personNoun');
    // Definite descriptions ("the U.S. attorney in Manhattan") point at someone named nearby.
    if (people && T[i]!.shape === 'lower' && !anon && !PROSECUTOR_WORD.test(T[i]!.norm) && i === lastWordBefore(a, np) && !DEFINITE.test(T[np.start]!.norm)
      && !args.some((x) => x.entity.kind === 'person' || (x.start <= i && i < x.end && x.entity.kind !== 'group'))) {
      anon = { start: i, end: people.end };
    }
  }
  const person = args.find((x) => x.entity.kind === 'person');
  if (anon && !person) {
    // A counted group that speaks ("two former officers said") is an anonymous source, counted.
    const group = args.find((x) => x.entity.kind === 'group' && x.start <= anon!.start && anon!.start < x.end);
    return { kind: 'anonymous', entity: null, count: group?.entity.count ?? countOf(a, np.start, anon.start), description: text };
  }
  if (prosecutors && !person) {
    const body = prosecutorBody(a, prosecutors);
    return { kind: 'named', entity: body, count: null, description: text };
  }
  if (args.length) {
    const head = args[0]!;
    if (head.entity.kind === 'place') {
      const other = args.find((x) => x.entity.kind !== 'place');
      if (!other) return null;
      return { kind: 'named', entity: other.entity.index, count: null, description: text };
    }
    return { kind: 'named', entity: head.entity.index, count: null, description: text };
  }
  // "the attorney general's office said", "la cancillería informó": a body named by what it is.
  if (DEFINITE_ARTICLE.test(T[np.start]!.norm)) {
    for (let i = np.start + 1; i < np.end; i++) {
      const body = tagAt(a, i, 'bodyNoun');
      if (!body || T[i]!.shape !== 'lower' || body.end !== np.end) continue;
      const r = { start: i, end: body.end };
      const e = addMention(a, r, 'organization', 'body-source', { key: `body:${a.lang}:${surface(a, r).toLowerCase()}`, orgType: body.tag.orgType, name: surface(a, r) });
      return { kind: 'named', entity: e.index, count: null, description: text };
    }
  }
  if (doc) return { kind: 'document', entity: null, count: null, description: text };
  // "It said": the body last named as a speaker.
  if (T[np.end - 1]!.norm === 'it' && np.end - np.start === 1) {
    const prev = [...a.attributions].reverse().find((x) => x.source.kind === 'named' && x.source.entity !== null
      && resolveEntity(a, x.source.entity).kind === 'organization');
    if (prev) return { ...prev.source, description: text };
  }
  const pron = T[np.end - 1]!;
  if (np.end - np.start === 1 && ['he', 'she'].includes(pron.norm)) {
    const e = resolvePronounAt(a, np.start);
    if (e) return { kind: 'named', entity: e.index, count: null, description: text };
  }
  return null;
}

/** The head of a noun phrase: its last word before any prepositional phrase ("two former
 *  state police [officers]", "dos [exagentes] de la policía estatal"). */
function lastWordBefore(a: Analysis, np: Range): number {
  let k = np.start;
  while (k < np.end && !isPreposition(a, k) && !/^(of|de|del)$/.test(a.tokens[k]!.norm) && a.tokens[k]!.text !== ',') k++;
  k--;
  while (k > np.start && a.tokens[k]!.shape === 'punct') k--;
  return k;
}

function countOf(a: Analysis, from: number, head: number): number | null {
  for (let i = from; i < head; i++) {
    const n = numberAt(a, i);
    if (n) return n.value;
    if (SINGULAR.has(a.tokens[i]!.norm)) return 1;
  }
  const h = a.tokens[head]!.norm;
  return /(source|official|person|witness|insider|diplomat|investigator|agent|informant|aide|member|fuente|funcionario)$/.test(h) ? 1 : null;
}

/** The body that prosecutes in this document, or a "prosecutors" group when none is named. */
function prosecutorBody(a: Analysis, np: Range): number {
  // np is the word "prosecutors" itself, so the group's mention covers only that word.
  const bodies = a.entities.filter((e) => e.kind === 'organization' && e.mentions.length && PROSECUTOR_BODY.test(`${e.name} ${[...e.forms].join(' ')}`));
  if (bodies.length) {
    // The one named closest to the phrase.
    const dist = (e: typeof bodies[number]) => Math.min(...e.mentions.map((m) => Math.abs(m.start - np.start)));
    bodies.sort((x, y) => dist(x) - dist(y));
    return resolveEntity(a, bodies[0]!.index).index;
  }
  // "la fiscalía" is a body; "prosecutors", "los fiscales" are people.
  const word = a.tokens[np.start]!.norm;
  if (/^(fiscal[ií]a|procuradur[ií]a)$/.test(word)) {
    return addMention(a, np, 'organization', 'prosecutors-body', { key: `org:${word}`, orgType: 'agency', name: surface(a, np) }).index;
  }
  const g = addMention(a, np, 'group', 'prosecutors-group', { key: 'group:prosecutors', description: surface(a, np), name: surface(a, np) });
  return g.index;
}
