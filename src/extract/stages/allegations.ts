// Allegations: a clause that names a wrong (crime vocabulary, or a criminal group) inside an
// accusation frame (an accusing verb, a hedge like "alleged", a reported claim, a conviction),
// with its subjects, category, sources and verification. Never without a source and a span.
import type { AllegationCategory, Verification } from '../../model/extraction.js';
import type { AllegationDraft, Analysis, Attribution, EntityDraft, Range, SourceDraft } from '../analysis.js';
import { surface, tagAt } from '../analysis.js';
import { addMention, resolveEntity } from '../entities.js';
import {
  type Argument, appositionHolder, argumentAt, argumentBefore, argumentsIn, clauseEnd, clauseStart, clauseSubject, coordinated,
  isPassive, objectAfter, pairAt, relativeAntecedent, skipFrontedPhrase,
} from './syntax.js';

interface Cue { start: number; end: number; category: AllegationCategory }

export function findAllegations(a: Analysis): void {
  namedBySources(a);
  for (const s of a.sentences) {
    const cues = crimeCues(a, s.first, s.last);
    if (!cues.length) continue;
    const clauses = new Map<number, Cue[]>();
    for (const c of cues) {
      const start = clauseStart(a, c.start);
      clauses.set(start, [...(clauses.get(start) ?? []), c]);
    }
    for (const [start, list] of clauses) allegationsInClause(a, { start, end: clauseEnd(a, list[0]!.start) }, list);
  }
  mergeDuplicates(a);
}

/** "two sources mentioned six individuals, … among them Governor X": in a report about crime,
 *  people a source names or identifies are accused of the report's crime. */
function namedBySources(a: Analysis): void {
  const topic = topicCategory(a);
  if (!topic) return;
  for (const at of a.attributions) {
    if (at.lemma !== 'mention' || at.source.kind === 'outlet') continue;
    const subjects = argumentsIn(a, at.content.start, at.content.end).map((x) => x.entity)
      .filter((e) => (e.kind === 'person' || e.kind === 'group') && e.index !== at.source.entity);
    if (!subjects.length) continue;
    a.allegations.push({
      subjects: [...new Set(subjects.map((e) => e.index))],
      category: topic,
      sources: [at.source],
      verification: verificationOf(a, at.content),
      span: trimSpan(a, { start: at.cue.start, end: at.content.end }),
      sentence: a.tokens[at.content.start]!.sentence,
      rule: 'named-by-source',
    });
  }
}

/** The crime a report is about: the most frequent category in its first sentences. */
function topicCategory(a: Analysis): AllegationCategory | null {
  const counts = new Map<AllegationCategory, number>();
  const last = a.sentences[Math.min(a.sentences.length, 4) - 1]?.last ?? 0;
  for (const c of crimeCues(a, 0, last)) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  let best: AllegationCategory | null = null;
  for (const [cat, n] of counts) if (!best || n > counts.get(best)!) best = cat;
  return best;
}

/** Crime vocabulary and criminal-group names in [from, to), without the words that name a
 *  fight against crime ("against narco-linked corruption") or a body ("the organized crime unit"). */
function crimeCues(a: Analysis, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    for (const m of a.matches[i] ?? []) {
      if (m.tag.t !== 'crime' || a.tokens[i]!.shape !== 'lower') continue;
      if (countered(a, i, from) || tagAt(a, m.end, 'cueBody')) continue;
      out.push({ start: i, end: m.end, category: m.tag.category });
      break;
    }
    const mi = a.mentionAt[i]!;
    if (mi >= 0 && a.mentions[mi]!.start === i) {
      const e = resolveEntity(a, a.mentions[mi]!.entity);
      // A cartel's name accuses someone only with a link: "ties to", "leader of", "paid by".
      if (e.kind === 'organization' && e.orgType === 'criminal_group' && linked(a, from, to) && !countered(a, i, from)) {
        out.push({ start: i, end: a.mentions[mi]!.end, category: 'organized_crime' });
      }
      i = a.mentions[mi]!.end - 1;
    }
  }
  return out;
}

function countered(a: Analysis, i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 4); k--) {
    if (tagAt(a, k, 'counterCue') && a.tokens[k]!.shape === 'lower') return true;
    if ([',', ';', '.'].includes(a.tokens[k]!.text)) break;
  }
  return false;
}

function linked(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (a.tokens[i]!.shape !== 'lower') continue;
    if (tagAt(a, i, 'linkWord') || tagAt(a, i, 'hedge') || tagAt(a, i, 'accuseVerb')) return true;
  }
  return false;
}

function allegationsInClause(a: Analysis, clause: Range, cues: Cue[]): void {
  if (isDenial(a, clause, cues[0]!.start)) return;
  const attribution = coveringAttribution(a, cues[0]!.start);
  const frame = accusedIn(a, clause, cues, attribution);
  if (!frame) return;
  // A source is not its own accused, except when it admits or confirms ("Odebrecht admitted paying bribes").
  const selfReport = attribution && (attribution.lemma === 'acknowledge' || attribution.lemma === 'confirm');
  const sourceEntities = new Set(attribution && attribution.source.entity !== null && !selfReport ? [resolveEntity(a, attribution.source.entity).index] : []);
  const subjects = frame.subjects.map((x) => x.entity).filter((e) => canBeAccused(e) && !sourceEntities.has(e.index));
  if (!subjects.length) return;
  // Frames with an anchor take the crime words near it only ("una red de corrupción encabezada
  // por X" is not about the murder told in the same sentence).
  const near = (c: Cue) => frame.anchor === undefined || (c.start >= frame.anchor - 10 && c.start <= frame.anchor + 14);
  const categories = [...new Set(cues.filter((c) => !insideSubject(c, frame.subjects) && near(c)).map((c) => c.category))];
  if (!categories.length) return;
  // No one is the source of the claim against themselves.
  const accused = new Set(subjects.map((e) => e.index));
  const sources = sourcesFor(a, clause, attribution ?? accuserOf(a, frame))
    .filter((s) => s.entity === null || !accused.has(resolveEntity(a, s.entity).index));
  if (!sources.length) sources.push({ kind: 'outlet', entity: a.outlet, count: null, description: 'the article' });
  const verification = verificationOf(a, clause);
  for (const category of categories) {
    a.allegations.push({
      subjects: [...new Set(subjects.map((e) => e.index))],
      category,
      sources,
      verification: category === 'organized_crime' && verification === 'confirmed' && !hasConviction(a, clause) ? 'unstated' : verification,
      span: trimSpan(a, clause),
      sentence: a.tokens[clause.start]!.sentence,
      rule: frame.rule,
    });
  }
}

/** A criminal group named as the accused is not also the crime's category cue on its own. */
function insideSubject(c: Cue, subjects: Argument[]): boolean {
  return subjects.some((s) => c.start >= s.start && c.end <= s.end);
}

function canBeAccused(e: EntityDraft): boolean {
  if (e.kind === 'person' || e.kind === 'group') return true;
  if (e.kind !== 'organization') return false;
  return !['media', 'court', 'legislature', 'agency'].includes(e.orgType ?? 'other');
}

/** "Avila denied any links to organized crime": the words of a denial are not an accusation. */
function isDenial(a: Analysis, clause: Range, cue: number): boolean {
  for (let i = clause.start; i < cue; i++) {
    const st = tagAt(a, i, 'stance');
    if (st && (st.tag.stance === 'denies' || st.tag.stance === 'not_denied') && a.tokens[i]!.shape === 'lower'
      && !tagAt(a, i, 'crime')) return true;
  }
  return false;
}

export function coveringAttribution(a: Analysis, token: number): Attribution | null {
  let best: Attribution | null = null;
  for (const at of a.attributions) {
    if (token >= at.content.start && token < at.content.end) {
      if (!best || at.content.end - at.content.start < best.content.end - best.content.start) best = at;
    }
  }
  return best;
}

/** Who is accused, by which rule; `anchor` narrows the crime words to those near it. */
interface Frame { subjects: Argument[]; rule: string; verb?: number; anchor?: number }

/** Who the clause accuses, by the strongest frame found. */
function accusedIn(a: Analysis, clause: Range, cues: Cue[], attribution: Attribution | null): Frame | null {
  const T = a.tokens;
  const firstCue = cues[0]!.start;
  // 0. "cargos contra X", "la denuncia … contra X … por huachicol", "led by X", "la detención de X … por",
  //    "se le acusa de …", "20 personas y empresas ligadas a la red".
  const direct = chargedAgainst(a, clause) ?? ledBy(a, clause) ?? arrestOf(a, clause, firstCue) ?? cliticAccused(a, clause, attribution) ?? linkedParticiple(a, clause);
  if (direct) return direct;
  // 1. Accusing verbs: the object when active ("accuse him of"), the subject when passive
  //    ("was charged with", "were detained over alleged ties").
  // Accusing verbs near the crime words: "charged with money laundering", "investigating X for".
  const lastCue = cues[cues.length - 1]!.end;
  for (let i = Math.max(clause.start, firstCue - 12); i < Math.min(clause.end, lastCue + 6); i++) {
    const v = tagAt(a, i, 'accuseVerb');
    if (!v || T[i]!.shape !== 'lower') continue;
    if (isPassive(a, i)) {
      const subj = relativeAntecedent(a, i) ?? clauseSubject(a, i);
      if (subj.length) return { subjects: subj, rule: 'passive-accusation' };
      // "members of her own party are implicated": the accused are named by no one here.
      return null;
    }
    const obj = objectAfter(a, v.end, 4);
    // Headlines drop the auxiliary: "Eduardo Cunha arrested in Petrobras probe".
    if (!obj.length && PARTICIPLE.test(T[i]!.norm) && i > 0) {
      const before = argumentBefore(a, i);
      if (before) {
        // "Roberto Sandoval y su hija Alejandra, acusados de …": a plural participle takes both.
        const partner = /(os|as)$/.test(T[i]!.norm) ? coordinatedBefore(a, before) : null;
        return { subjects: partner ? [partner, before] : coordinated(a, before, clause.end), rule: 'reduced-passive' };
      }
    }
    if (obj.length && obj[0]!.start < firstCue + 12) return { subjects: obj, rule: 'active-accusation-object', verb: i };
    // "whom the PGR is investigating for kidnapping"
    const rel = relativeAntecedent(a, i);
    if (rel) return { subjects: rel, rule: 'relative-object' };
  }
  // 2. A hedge inside an apposition: "Sidronio Casarrubias, the gang's alleged former chief,".
  const appositive = appositionHolder(a, firstCue);
  if (appositive && hasTag(a, { start: firstCue - 6 > clause.start ? firstCue - 6 : clause.start, end: cues[0]!.end + 1 }, 'hedge')) {
    return { subjects: [appositive], rule: 'apposition-hedge' };
  }
  // 3. A conviction or plea, a crime the subject commits, or a hedged claim: the clause subject.
  const hedged = hasTag(a, clause, 'hedge') || hasTag(a, clause, 'selfVerb');
  const reported = attribution !== null;
  if (hedged || reported) {
    const from = attribution && attribution.content.start > clause.start && attribution.content.start <= firstCue
      && !(attribution.lemma === 'acknowledge' || attribution.lemma === 'confirm') ? attribution.content.start : clause.start;
    const start = skipFrontedPhrase(a, from, firstCue);
    const args = [...argumentsIn(a, start, firstCue).filter((x) => x.entity.kind !== 'place')];
    const pair = findPair(a, start, firstCue);
    if (pair) args.unshift(pair);
    const selfReport = attribution && (attribution.lemma === 'acknowledge' || attribution.lemma === 'confirm');
    const source = attribution && attribution.source.entity !== null && !selfReport ? resolveEntity(a, attribution.source.entity) : null;
    // Prefer a subject that is no one's complement ("emparentado con el exsecretario X" is not it).
    const free = args.filter((x) => !PREPOSITION_BEFORE.test(T[x.start - 1]?.norm ?? '') && !PREPOSITION_BEFORE.test(T[x.start - 2]?.norm ?? ''));
    // A judge or prosecutor in the clause usually acts on the case; they are the accused only
    // when no one else is named ("Prosecutors allege that Judge X took bribes").
    const candidates = [...free, ...args].filter((x) => x.entity !== source && canBeAccused(x.entity));
    const first = candidates.find((x) => !isOfficialActor(x.entity)) ?? candidates[0];
    if (first) return { subjects: [...coordinatedLoose(a, first, clause.end), ...partnersOf(a, clause, firstCue)], rule: hedged ? 'hedged-subject' : 'reported-subject' };
    // "Mexican drug trafficking organizations have an alliance with…": an unnamed group.
    const group = commonNounGroup(a, start, firstCue + 4);
    if (group) return { subjects: [group, ...partnersOf(a, clause, firstCue)], rule: 'group-subject' };
    // "…, who was arrested for his alleged role": the antecedent of a relative clause.
    const rel = relativeAntecedent(a, firstCue);
    if (rel) return { subjects: rel, rule: 'relative-subject' };
  }
  return null;
}



function findPair(a: Analysis, from: number, to: number): Argument | null {
  for (let i = from; i < to; i++) {
    const p = pairAt(a, i);
    if (p) return p;
  }
  return null;
}

/** Judges and prosecutors act on an accusation; they are not its subject. */
function isOfficialActor(e: EntityDraft): boolean {
  return e.kind === 'person' && e.positions.some((p) => p.title === 'judge' || p.title === 'attorney general');
}

const PARTNER_CUES = new Set(['alliance with', 'alliances with', 'in league with', 'ties to', 'links to', 'colluding with', 'colluded with', 'complicit with']);

/** "an alliance with the government of Mexico": the partner is accused too, unless it is the crime itself. */
function partnersOf(a: Analysis, clause: Range, _cue: number): Argument[] {
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
function commonNounGroup(a: Analysis, from: number, limit: number): Argument | null {
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

const PARTICIPLE = /(ed|en|ado|ada|ados|adas|ido|ida|idos|idas)$/;
const PREPOSITION_BEFORE = /^(con|with|de|del|of|al|to|para|for|ante|before|por|by)$/;
const CHARGE_WORDS = /^(cargos|cargo|denuncia|denuncias|acusaci[oó]n|acusaciones|imputaci[oó]n|proceso|orden|charges|charge|complaint|case|accusations|indictment|warrant|lawsuit|demanda|querella)$/;

const CLITIC = /^(le|les|lo|la|los|las)$/;

/** "confirmó que se le acusa de ser la autora intelectual": the clitic points back to the person
 *  the previous sentences were about, not to the one who speaks. */
function cliticAccused(a: Analysis, clause: Range, attribution: Attribution | null): Frame | null {
  if (a.lang !== 'es') return null;
  const T = a.tokens;
  for (let i = clause.start + 1; i < clause.end; i++) {
    if (!CLITIC.test(T[i - 1]!.norm) || !tagAt(a, i, 'accuseVerb')) continue;
    const speaker = attribution?.source.entity ?? null;
    const s = a.sentences[T[i]!.sentence]!;
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
function linkedParticiple(a: Analysis, clause: Range): Frame | null {
  const T = a.tokens;
  for (let i = clause.start + 1; i < clause.end; i++) {
    if (!LINKED.test(T[i]!.norm) || !/^(a|al|con|to|with)$/.test(T[i + 1]?.norm ?? '')) continue;
    const before = argumentBefore(a, i);
    if (before && canBeAccused(before.entity)) return { subjects: [before], rule: 'linked-participle', anchor: i };
  }
  return null;
}

/** "formuló cargos contra X", "the charges against X": the one the charges are against. */
function chargedAgainst(a: Analysis, clause: Range): Frame | null {
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
function ledBy(a: Analysis, clause: Range): Frame | null {
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
function arrestOf(a: Analysis, clause: Range, firstCue: number): Frame | null {
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
function coordinatedBefore(a: Analysis, arg: Argument): Argument | null {
  const T = a.tokens;
  for (let k = arg.start - 1; k >= Math.max(0, arg.start - 4); k--) {
    if (/^(y|e|and)$/.test(T[k]!.norm)) return argumentBefore(a, k);
    if (T[k]!.shape !== 'lower') return null;
  }
  return null;
}

/** "X and a party associate, Y," — coordination through an apposition. */
function coordinatedLoose(a: Analysis, first: Argument, limit: number): Argument[] {
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


function hasTag(a: Analysis, r: Range, t: 'hedge' | 'selfVerb'): boolean {
  for (let i = r.start; i < r.end; i++) if (tagAt(a, i, t) && a.tokens[i]!.shape === 'lower') return true;
  return false;
}

const DOCUMENT_WORDS = /^(charged|indicted|indictment|charges|imputado|acusado|procesado|vinculado)$/;

/** "He linked Sanchez to the cartels": the subject of an active accusing verb makes the claim. */
function accuserOf(a: Analysis, frame: Frame): Attribution | null {
  if (frame.verb === undefined) return null;
  const who = clauseSubject(a, frame.verb).find((x) => x.entity.kind !== 'place');
  if (!who) return null;
  const v = { start: frame.verb, end: frame.verb + 1 };
  return { source: { kind: 'named', entity: who.entity.index, count: null, description: surface(a, who) }, content: v, cue: v, lemma: 'accuse', rule: 'accusing-subject' };
}

function sourcesFor(a: Analysis, clause: Range, attribution: Attribution | null): SourceDraft[] {
  if (attribution) return [attribution.source];
  for (let i = clause.start; i < clause.end; i++) {
    if (!DOCUMENT_WORDS.test(a.tokens[i]!.norm)) continue;
    // "a charge brought by the U.S. Attorney's Office": the body that brought it.
    for (let k = i + 1; k < Math.min(clause.end, i + 4); k++) {
      if (a.tokens[k]!.norm !== 'by' && a.tokens[k]!.norm !== 'por') continue;
      const by = objectAfter(a, k + 1, 3)[0];
      if (by && by.entity.kind !== 'place') return [{ kind: 'named', entity: by.entity.index, count: null, description: surface(a, by) }];
    }
    return [{ kind: 'document', entity: null, count: null, description: surface(a, { start: i, end: i + 1 }) }];
  }
  return [{ kind: 'outlet', entity: a.outlet, count: null, description: 'the article' }];
}

function verificationOf(a: Analysis, clause: Range): Verification {
  const s = a.sentences[a.tokens[clause.start]!.sentence]!;
  let found: Verification = 'unstated';
  for (let i = s.first; i < s.last; i++) {
    const v = tagAt(a, i, 'verification');
    if (!v) continue;
    if (v.tag.value === 'unverified') return 'unverified';
    if (v.tag.value === 'disputed') found = 'disputed';
    else if (v.tag.value === 'confirmed' && i >= clause.start && i < clause.end && found === 'unstated') found = 'confirmed';
  }
  return found;
}

function hasConviction(a: Analysis, clause: Range): boolean {
  for (let i = clause.start; i < clause.end; i++) if (/^(convicted|guilty|sentenced|condenado|sentenciado)$/.test(a.tokens[i]!.norm)) return true;
  return false;
}

function trimSpan(a: Analysis, r: Range): Range {
  let { start, end } = r;
  while (end > start + 1 && ['.', ',', ';', ':'].includes(a.tokens[end - 1]!.text)) end--;
  return { start, end };
}

/** One allegation per (subjects, category, sentence): sources from all frames kept. */
function mergeDuplicates(a: Analysis): void {
  const out: AllegationDraft[] = [];
  for (const al of a.allegations) {
    const same = out.find((x) => x.sentence === al.sentence && x.category === al.category && x.subjects.join() === al.subjects.join());
    if (same) {
      for (const s of al.sources) if (!same.sources.some((x) => x.kind === s.kind && x.entity === s.entity)) same.sources.push(s);
      continue;
    }
    out.push(al);
  }
  a.allegations = out;
}
