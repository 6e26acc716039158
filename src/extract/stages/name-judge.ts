// Typing a capitalised run of words from the words around it: descriptors ("steelmaker X",
// "the X drug gang"), titles, appositions (", a town in …"), given names, reporting verbs.
import type { OrgType } from '../../model/extraction.js';
import type { Analysis, Range } from '../analysis.js';
import { mentionOf, sentenceAt, tagAt, tagEndingAt } from '../analysis.js';
import { resolveEntity } from '../entities.js';
import { fold } from '../text/tokens.js';
import { titleBefore } from './positions.js';

export type Verdict = { kind: 'person'; rule: string } | { kind: 'organization'; orgType: OrgType; rule: string } | { kind: 'place'; rule: string } | null;

/** A lower-case organization descriptor right before a chunk, past "de los": "cartel", "la banda". */
export function descriptorBefore(a: Analysis, start: number): { orgType: OrgType } | null {
  const T = a.tokens;
  let k = start;
  while (k > 0 && /^(de|del|los|las|la|el)$/.test(T[k - 1]!.norm) && start - k < 3) k--;
  const d = tagEndingAt(a, k, 'orgDescriptor');
  if (!d || T[d.start]!.shape !== 'lower' || !['criminal_group', 'political_party', 'media', 'company'].includes(d.tag.orgType)) return null;
  return { orgType: d.tag.orgType };
}

/** The gazetteer name of "X Cartel" / "Cártel de X", when X is said without it. */
export function knownCartel(a: Analysis, name: string): string | null {
  const words = tokenizeName(name);
  for (const probe of [words, [...words, 'cartel'], ['cartel', ...words], ['cartel', 'de', ...words], ['cartel', 'del', ...words], ['cartel', 'de', 'los', ...words]]) {
    const m = a.lex.trie.lookup(probe);
    const org = m?.find((t) => t.t === 'org');
    if (org && org.t === 'org' && org.org.orgType === 'criminal_group') return org.org.name;
  }
  return null;
}

function tokenizeName(name: string): string[] {
  return name.split(/\s+/).map((w) => fold(w));
}

// Not Spanish "a": it marks a person object ("silenciar a Villavicencio").
const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'en', 'de', 'desde']);
const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'en']);

/** Offices held over a state, city or district, which English names before the title. */
const JURISDICTION_TITLES = new Set<string>(['governor', 'mayor', 'senator', 'deputy', 'attorney general', 'police chief', 'judge']);

/** True when the token before `end` closes a mention of a person. */
function personEndsAt(a: Analysis, end: number): boolean {
  const m = mentionOf(a, end - 1);
  return m !== null && m.end === end && resolveEntity(a, m.entity).kind === 'person';
}

/** The context rules for a capitalised run of words, strongest first. */
export function judge(a: Analysis, r: Range): Verdict {
  const T = a.tokens;
  const n = r.end - r.start;
  const before = T[r.start - 1];
  const after = T[r.end];
  const sentence = sentenceAt(a, r.start);
  // A lone capital letter ("su cuenta de X", "Plan B") names nothing we can use.
  if (n === 1 && T[r.start]!.text.length === 1) return null;

  // Descriptors: "steelmaker Altos Hornos", "the Guerreros Unidos drug gang", "Notisistema radio",
  // "la radio cocalera Kawsachun Coca" (one adjective between).
  const skippable = before?.shape === 'lower' && !tagAt(a, r.start - 1, 'title') && !tagAt(a, r.start - 1, 'personNoun');
  const leftDesc = tagEndingAt(a, r.start, 'orgDescriptor', sentence.first)
    ?? (skippable ? tagEndingAt(a, r.start - 1, 'orgDescriptor', sentence.first) : null);
  // A given name and a surname after the descriptor are the person holding the office
  // ("el exjefe de la policía Héctor Bravo Lagos"), not a body of that name.
  const personAfterDescriptor = n >= 2 && a.lex.givenNames.has(T[r.start]!.norm) && !tagAt(a, r.end - 1, 'orgHead');
  if (leftDesc && T[leftDesc.start]!.shape === 'lower' && !tagEndingAt(a, r.start, 'title', sentence.first) && !personAfterDescriptor) {
    return { kind: 'organization', orgType: leftDesc.tag.orgType, rule: 'left-org-descriptor' };
  }
  const rightDesc = after && after.shape === 'lower' ? tagAt(a, r.end, 'orgDescriptor') ?? tagAt(a, r.end, 'orgHead') : null;
  // "the Trump administration" is a body named after a person: see bodies.ts.
  if (rightDesc && !tagAt(a, r.end, 'verb') && !tagAt(a, r.end, 'govNoun')) {
    return { kind: 'organization', orgType: rightDesc.tag.orgType, rule: 'right-org-descriptor' };
  }
  // "the Beltran Leyva and Los Zetas drug cartels": coordinated with a body, a body of its kind.
  if (after && /^(and|y)$/.test(after.norm)) {
    const next = a.mentionAt[r.end + 1]!;
    const other = next >= 0 ? a.entities[a.mentions[next]!.entity]! : null;
    const otherOrg = tagAt(a, r.end + 1, 'org');
    if (other?.kind === 'organization' && other.orgType === 'criminal_group' || otherOrg?.tag.org.orgType === 'criminal_group') {
      return { kind: 'organization', orgType: 'criminal_group', rule: 'coordinated-with-group' };
    }
  }

  // "former Sierra Alta governor César Roldán", "the Tamarindo police chief": a name right before
  // a lower-case office held over a territory is that territory, whatever titles come before.
  if (a.lang === 'en' && n <= 3 && after?.shape === 'lower' && JURISDICTION_TITLES.has(tagAt(a, r.end, 'title')?.tag.title ?? '')
    && !(n >= 2 && a.lex.givenNames.has(T[r.start]!.norm)) && !/^ex-/.test(T[r.start]!.norm)) {
    return { kind: 'place', rule: 'jurisdiction-before-title' };
  }

  // Person evidence.
  if (tagEndingAt(a, r.start, 'title', sentence.first) || titleBefore(a, r.start)) return { kind: 'person', rule: 'left-title' };
  const leftNoun = tagEndingAt(a, r.start, 'personNoun', sentence.first)
    ?? (before?.text === ',' ? tagEndingAt(a, r.start - 1, 'personNoun', sentence.first) : null);
  if (leftNoun) return { kind: 'person', rule: 'left-person-noun' };
  if (a.lex.givenNames.has(T[r.start]!.norm) && n >= 2) return { kind: 'person', rule: 'given-name' };
  if (after && (after.norm === 'who' || after.norm === 'quien' || (after.text === ',' && ['who', 'quien', 'whose'].includes(T[r.end + 1]?.norm ?? '')))) {
    return { kind: 'person', rule: 'right-who' };
  }
  if (after?.text === ',' && T[r.end + 1]?.shape === 'num' && T[r.end + 2]?.text === ',') return { kind: 'person', rule: 'age' };

  // Place evidence: "the city of X", "X, Guatemala".
  const ofBefore = before && (before.norm === 'of' || before.norm === 'de') ? tagEndingAt(a, r.start - 1, 'placeNoun', sentence.first) : null;
  if (ofBefore) return { kind: 'place', rule: 'place-noun-of' };
  if (after?.text === ',' && tagAt(a, r.end + 1, 'place') && T[tagAt(a, r.end + 1, 'place')!.end]?.norm !== "'s") {
    return { kind: 'place', rule: 'comma-place' };
  }

  // Appositions: ", a town in …", ", the former governor of …", ", a company …".
  const app = apposition(a, r.end);
  if (app) return app;

  if (after?.text === '(' && T[r.end + 1]?.shape === 'upper' && T[r.end + 2]?.text === ')') {
    return { kind: 'organization', orgType: 'other', rule: 'acronym-follows' };
  }
  if (before && PLACE_PREPS.has(before.norm) && n <= 2 && !tagAt(a, r.end, 'verb')) {
    return { kind: 'place', rule: 'after-preposition' };
  }
  // "Prosecutors in Tamarindo charged …": after a locative preposition a verb does not make a
  // name its subject. A name opening with a given name is left to the rules below.
  if (before && LOCATIVE_PREPS.has(before.norm) && n <= 2 && !a.lex.givenNames.has(T[r.start]!.norm)) {
    return { kind: 'place', rule: 'after-locative' };
  }
  // "César Roldán of Sierra Alta": "of" after a person's name leads to where they hold office.
  if (before?.norm === 'of' && n <= 3 && !a.lex.givenNames.has(T[r.start]!.norm) && personEndsAt(a, r.start - 1)) {
    return { kind: 'place', rule: 'of-after-person' };
  }
  if (after && tagAt(a, r.end, 'verb') && after.shape === 'lower') return { kind: 'person', rule: 'right-verb' };
  // English names of people take no article: "the Northern Wire" is a body, not a person.
  // (Not when it modifies a noun after it: "the Trump administration".)
  const modifiesNoun = after?.shape === 'lower' && !tagAt(a, r.end, 'verb');
  if (a.lang === 'en' && before?.norm === 'the' && !modifiesNoun && !a.lex.givenNames.has(T[r.start]!.norm)) return { kind: 'organization', orgType: 'other', rule: 'article-name' };
  if (n >= 2 && n <= 6) return { kind: 'person', rule: 'default-multiword' };
  return null;
}

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'another', 'its', 'his', 'her', 'their', 'un', 'una', 'el', 'la', 'los', 'las', 'su', 'sus']);

/** What the noun phrase after ", " says the name is: ", a town in …", ", the former governor
 *  of …", ", a company …". Possessive modifiers ("the gang's former chief") are skipped. */
function apposition(a: Analysis, end: number): Verdict {
  const T = a.tokens;
  if (T[end]?.text !== ',') return null;
  const first = T[end + 1];
  if (!first) return null;
  const opens = APPOSITION_OPENERS.has(first.norm) || tagAt(a, end + 1, 'status') || tagAt(a, end + 1, 'title') || tagAt(a, end + 1, 'personNoun') || /^ex-?\p{L}/u.test(first.norm) || first.shape === 'num';
  if (!opens) return null;
  const sentence = a.sentences[first.sentence]!;
  const stop = Math.min(sentence.last, end + 10);
  let verdict: Verdict = null;
  for (let i = end + 1; i < stop; i++) {
    const t = T[i]!;
    if ([',', ';', '.', '(', ':'].includes(t.text) || ['and', 'but', 'who', 'which', 'that', 'y', 'pero', 'que'].includes(t.norm)) break;
    if (tagAt(a, i, 'verb')) break;
    if (T[i + 1]?.norm === "'s" || T[i + 1]?.norm === "'") { i++; continue; }
    if (tagAt(a, i, 'title') || tagAt(a, i, 'personNoun') || /^ex-?\p{L}/u.test(t.norm) || /-year-old$/.test(t.norm)) return { kind: 'person', rule: 'apposition-person' };
    if (verdict) continue;
    const pn = tagAt(a, i, 'placeNoun');
    if (pn && t.shape === 'lower') verdict = { kind: 'place', rule: 'apposition-place' };
    const od = tagAt(a, i, 'orgDescriptor');
    if (od && t.shape === 'lower') verdict = { kind: 'organization', orgType: od.tag.orgType, rule: 'apposition-org' };
  }
  return verdict;
}

