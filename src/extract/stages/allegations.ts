// Allegations: a clause that names a wrong (crime vocabulary, or a criminal group) inside an
// accusation frame (an accusing verb, a hedge like "alleged", a reported claim, a conviction),
// with its subjects, category, sources and verification. Never without a source and a span.
import type { AllegationCategory, Verification } from '../../model/extraction.js';
import type { AllegationDraft, Analysis, Attribution, Range, SourceDraft } from '../analysis.js';
import { sentenceAt, surface, tagAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';
import {
  type Frame, PARTICIPLE, PREPOSITION_BEFORE, arrestOf, canBeAccused, chargedAgainst, cliticAccused, commonNounGroup, coordinatedBefore,
  coordinatedLoose, findPair, isOfficialActor, ledBy, linkedParticiple, partnersOf,
} from './allegation-frames.js';
import { appositionHolder, argumentBefore, clauseSubject, relativeAntecedent } from './subjects.js';
import { type Argument, argumentsIn, clauseEnd, clauseStart, coordinated, isPassive, objectAfter, skipFrontedPhrase } from './syntax.js';

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
  attributeRestatements(a);
  carryVerification(a);
}

/** "… habría recibido pagos del cártel. Reuters no pudo verificar esa información.": a sentence
 *  that only says a claim could not be verified (or was disputed) speaks of the sentence before. */
function carryVerification(a: Analysis): void {
  for (const s of a.sentences) {
    if (s.index === 0 || a.allegations.some((al) => al.sentence === s.index)) continue;
    let value: Verification | null = null;
    for (let i = s.first; i < s.last; i++) {
      const v = tagAt(a, i, 'verification');
      if (v && (v.tag.value === 'unverified' || v.tag.value === 'disputed')) { value = v.tag.value; break; }
    }
    if (!value) continue;
    for (const al of a.allegations) if (al.sentence === s.index - 1 && al.verification === 'unstated') al.verification = value;
  }
}

/** "two sources mentioned six individuals, … among them Governor X": in a report about crime,
 *  people a source names or identifies are accused of the report's crime. */
function namedBySources(a: Analysis): void {
  if (!a.attributions.some((at) => at.lemma === 'mention')) return;
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
  // After the anchor, the window runs from the end of the accused's name: long Spanish names
  // ("contra el exgobernador de Tamaulipas Francisco Javier García Cabeza de Vaca por su …").
  const reach = frame.anchor === undefined ? 0 : Math.max(frame.anchor, ...frame.subjects.map((x) => x.end)) + 12;
  const near = (c: Cue) => frame.anchor === undefined || (c.start >= frame.anchor - 10 && c.start <= Math.max(frame.anchor + 14, reach));
  const categories = [...new Set(cues.filter((c) => !insideSubject(c, frame.subjects) && near(c)).map((c) => c.category))];
  if (!categories.length) return;
  // No one is the source of the claim against themselves.
  const accused = new Set(subjects.map((e) => e.index));
  const sources = sourcesFor(a, clause, attribution ?? accuserOf(a, frame))
    .filter((s) => s.entity === null || !accused.has(resolveEntity(a, s.entity).index));
  if (sources.length === 1 && sources[0]!.kind === 'outlet') {
    const body = actingBody(a, clause.start, cues[0]!.start);
    if (body && !accused.has(body.entity.index)) sources.splice(0, 1, { kind: 'named', entity: body.entity.index, count: null, description: surface(a, body) });
  }
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
  for (let i = Math.max(clause.start, firstCue - 20); i < Math.min(clause.end, lastCue + 6); i++) {
    const v = tagAt(a, i, 'accuseVerb');
    if (!v || T[i]!.shape !== 'lower') continue;
    if (isPassive(a, i)) {
      const subj = relativeAntecedent(a, i) ?? clauseSubject(a, i);
      if (subj.length) return { subjects: subj, rule: 'passive-accusation', agent: passiveAgent(a, i) ?? undefined };
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
    if (rel) return { subjects: rel, rule: 'relative-object', agent: relativeClauseSubject(a, i) ?? undefined };
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



function hasTag(a: Analysis, r: Range, t: 'hedge' | 'selfVerb'): boolean {
  for (let i = r.start; i < r.end; i++) if (tagAt(a, i, t) && a.tokens[i]!.shape === 'lower') return true;
  return false;
}

const DOCUMENT_WORDS = /^(charged|indicted|indictment|charges|cargos|acusad[oa]s?|imputad[oa]s?|procesad[oa]s?|vinculad[oa]s?|acusaci[oó]n|imputaci[oó]n|expediente)$/;

/** "He linked Sanchez to the cartels": the subject of an active accusing verb makes the claim. */
function accuserOf(a: Analysis, frame: Frame): Attribution | null {
  const who = frame.agent ?? (frame.verb === undefined ? undefined : clauseSubject(a, frame.verb).find((x) => x.entity.kind !== 'place'));
  if (!who) return null;
  const v = frame.agent ? { start: frame.agent.start, end: frame.agent.end } : { start: frame.verb!, end: frame.verb! + 1 };
  return { source: { kind: 'named', entity: who.entity.index, count: null, description: surface(a, who) }, content: v, cue: v, lemma: 'accuse', rule: 'accusing-subject' };
}

/** The agent of a passive accusing verb: "is being investigated by the FGR", "es investigado
 *  por la FGR" (not "acusado por lavado": a crime after "por" names no one). */
function passiveAgent(a: Analysis, verb: number): Argument | null {
  for (let k = verb + 1; k < Math.min(a.tokens.length, verb + 3); k++) {
    const w = a.tokens[k]!.norm;
    if (w !== 'by' && w !== 'por') continue;
    const by = objectAfter(a, k + 1, 3)[0];
    return by && by.entity.kind !== 'place' && by.start <= k + 3 ? by : null;
  }
  return null;
}

const NOT_A_VERB = /^(de|del|y|e|o|and|or|of|que|who|which|in|en|a|al|para|for|on|with|con|the|la|el|los|las|its|sus?|whose|cuyo|cuya)$/;
const ACTING_BODIES = new Set(['agency', 'court', 'government']);

/** "quedó detenido después de que la Fiscalía ordenara su captura por presuntos vínculos",
 *  "the FGR charged him with": a prosecuting, policing or judicial body acting in the clause
 *  is the source of the claim it acts on (when nobody is quoted). */
function actingBody(a: Analysis, from: number, cue: number): Argument | null {
  for (const arg of argumentsIn(a, from, cue)) {
    const e = resolveEntity(a, arg.entity.index);
    if (e.kind !== 'organization' || !ACTING_BODIES.has(e.orgType ?? '')) continue;
    // Past an acronym in brackets: "la Fiscalía General de la República (FGR) cumplimentó".
    const after = a.tokens[arg.end]?.text === '(' && a.tokens[arg.end + 2]?.text === ')' ? arg.end + 3 : arg.end;
    const next = a.tokens[after];
    if (next && next.shape === 'lower' && !NOT_A_VERB.test(next.norm) && !tagAt(a, after, 'crime')) return arg;
  }
  return null;
}

/** "whom the PGR is investigating": the subject between the relative pronoun and the verb. */
function relativeClauseSubject(a: Analysis, verb: number): Argument | null {
  for (let r = verb - 1; r >= Math.max(0, verb - 6); r--) {
    if (!/^(whom|who|that|which|quien|quienes|que)$/.test(a.tokens[r]!.norm)) continue;
    return argumentsIn(a, r + 1, verb).find((x) => x.entity.kind !== 'place') ?? null;
  }
  return null;
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
  const s = sentenceAt(a, clause.start);
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

/** A report attributes a claim once ("prosecutors say X took bribes") and then restates it in
 *  its own voice ("X, who took bribes, …"): the restatement carries the attributed sources,
 *  not the outlet's. Established facts the outlet states itself (verification confirmed, such
 *  as a conviction) keep the outlet as their source. */
function attributeRestatements(a: Analysis): void {
  for (const al of a.allegations) {
    if (al.verification === 'confirmed' || al.sources.some((s) => s.kind !== 'outlet')) continue;
    const attributed: SourceDraft[] = [];
    for (const other of a.allegations) {
      if (other === al || other.category !== al.category || !other.subjects.some((x) => al.subjects.includes(x))) continue;
      for (const s of other.sources) {
        if (s.kind !== 'outlet' && !attributed.some((x) => x.kind === s.kind && x.entity === s.entity && x.description === s.description)) attributed.push(s);
      }
    }
    if (attributed.length) al.sources = attributed;
  }
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
