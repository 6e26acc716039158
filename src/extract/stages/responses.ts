// Responses: what the accused (or their lawyers, or a named party) answered: denials, silences
// ("did not respond to requests for comment"), declined comment, non-denials and confirmations,
// each tied to the allegations against the one who answers.
import type { Stance } from '../../model/extraction.js';
import type { Analysis, EntityDraft, Range } from '../analysis.js';
import { tagAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';
import { coveringAttribution } from './allegations.js';
import { clauseSubject } from './subjects.js';
import { agentAfter, type Argument, clauseEnd, clauseStart, isPassive, lowerOrOpening, subjectOf } from './syntax.js';

/** Denial verbs that only deny when their object is a claim: "rejected claims", not "rejected that conclusion". */
const WEAK_DENIALS = /^(rejected|rejects|reject|rejecting|dismissed|dismisses|dismissing|condemned|condemning|condemns|refuted|refutes|repudiated|denounced|rechaz[oó]|rechaza|rechazaron|desestim[oó]|conden[oó])$/;
const CLAIM_WORDS = /^(claims?|accusations?|allegations?|charges?|reports?|slander|links?|ties|wrongdoing|involvement|accusation|imputaciones|acusaciones|se[nñ]alamientos|v[ií]nculos|nexos|versiones|calumnias?|claim)$/;
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'yo', 'nosotros']);

export function findResponses(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    for (const m of a.matches[i] ?? []) {
      if (m.tag.t !== 'stance' || !lowerOrOpening(a, i)) continue;
      const stance = m.tag.stance;
      if (!stanceHolds(a, i, m.end, stance)) continue;
      const span = { start: clauseStart(a, i), end: clauseEnd(a, m.end - 1) };
      // One answer per clause and stance: "condemning the claim as baseless" is one denial.
      if (a.responses.some((r) => r.stance === stance && r.span.start === trim(a, span).start)) continue;
      const responders = respondersOf(a, i);
      for (const who of responders) addResponse(a, who, stance, trim(a, span), `stance-${stance}`);
      if (responders.length) { i = m.end - 1; break; }
    }
  }
  linkToAllegations(a);
}

function stanceHolds(a: Analysis, i: number, end: number, stance: Stance): boolean {
  const T = a.tokens;
  // A "not" before a denial flips it: handled by the not_denied phrases, which are longer.
  if (stance === 'denies' && /^(not|n't|no)$/.test(T[i - 1]?.norm ?? '')) return false;
  if (stance === 'denies' && WEAK_DENIALS.test(T[i]!.norm)) {
    for (let k = end; k < Math.min(T.length, end + 8); k++) {
      if (CLAIM_WORDS.test(T[k]!.norm) || tagAt(a, k, 'crime')) return true;
      if (['.', ';'].includes(T[k]!.text)) break;
    }
    return false;
  }
  if (stance === 'confirms') {
    for (let k = end; k < Math.min(T.length, end + 5); k++) {
      if (/^(meeting|meetings|reunion|reuniones|encuentro|ties|links|receiving|having|accusations?|charges|guilt)$/.test(T[k]!.norm)) return true;
    }
    return false;
  }
  return true;
}

/** Who answers: the subject of the stance verb; a quoted speaker for "we reject"; the agent of
 *  a passive ("were denied by Mexican authorities"). */
function respondersOf(a: Analysis, i: number): EntityDraft[] {
  const T = a.tokens;
  let args: Argument[] = [];
  if (isPassive(a, i)) args = agentAfter(a, i + 1);
  else if (/ing$|ando$|endo$/.test(T[i]!.norm) && T[i - 1]?.text === ',') args = subjectOf(a, i);
  else args = clauseSubject(a, i);
  if (!args.length || FIRST_PERSON.has(T[clauseStart(a, i)]?.norm ?? '')) {
    const at = coveringAttribution(a, i);
    if (at && at.source.entity !== null) return [resolveEntity(a, at.source.entity)];
  }
  if (!args.length) {
    const owner = speakerOwner(a, clauseStart(a, i), i);
    if (owner) return [owner];
  }
  // "Neither the Mexican government nor various U.S. agencies responded".
  return args.map((x) => x.entity).filter((e) => e.kind !== 'place');
}

const SPEAKER_NOUNS = /^(office|spokesman|spokeswoman|spokesperson|lawyer|lawyers|attorney|attorneys|representative|representatives|team|campaign|aides?|press)$/;

/** "Monreal's office declined to comment": the person whose office or lawyer answers. */
function speakerOwner(a: Analysis, from: number, to: number): EntityDraft | null {
  const T = a.tokens;
  for (let k = from; k + 1 < to; k++) {
    if (T[k]!.norm !== "'s" && T[k]!.norm !== "'") continue;
    const m = a.mentionAt[k - 1]!;
    if (m < 0 || !SPEAKER_NOUNS.test(T[k + 1]!.norm)) continue;
    const e = resolveEntity(a, a.mentions[m]!.entity);
    if (e.kind === 'person') return e;
  }
  return null;
}

function addResponse(a: Analysis, by: EntityDraft, stance: Stance, span: Range, rule: string): void {
  const sentence = a.tokens[span.start]!.sentence;
  if (a.responses.some((r) => r.by === by.index && r.stance === stance && r.sentence === sentence)) return;
  a.responses.push({ by: by.index, stance, allegations: [], span, sentence, rule });
}

function trim(a: Analysis, r: Range): Range {
  let end = r.end;
  while (end > r.start + 1 && ['.', ',', ';'].includes(a.tokens[end - 1]!.text)) end--;
  return { start: r.start, end };
}

/** A response answers the allegations against the one who gives it, or against the person a
 *  lawyers' group speaks for. */
function linkToAllegations(a: Analysis): void {
  for (const r of a.responses) {
    const by = resolveEntity(a, r.by);
    const represented = by.kind === 'group' && by.key?.startsWith('reps:') ? Number(by.key.slice(5)) : null;
    a.allegations.forEach((al, idx) => {
      const subjects = al.subjects.map((s) => resolveEntity(a, s).index);
      if (subjects.includes(by.index) || (represented !== null && subjects.includes(resolveEntity(a, represented).index))) {
        if (r.stance === 'denies' || r.stance === 'confirms') r.allegations.push(idx);
      }
    });
  }
}
