// Groups: unnamed sets of people the text counts or speaks for ("six individuals", "29 cartel
// suspects", "governors of all 31 Mexican states", "Duarte's lawyers").
import type { Analysis, Range } from '../analysis.js';
import { isHeadline, sentenceAt, surface, tagAt, tagEndingAt } from '../analysis.js';
import { addMention, claimTokens, resolveEntity } from '../entities.js';

const DEFINITE = new Set(['the', 'these', 'those', 'both', 'los', 'las', 'estos', 'estas', 'ambos', 'ambas']);
const APPROX = new Set(['more than', 'at least', 'about', 'nearly', 'almost', 'some', 'over', 'around', 'up to', 'más de', 'mas de', 'al menos', 'unos', 'unas', 'cerca de', 'casi']);

/** A number at token i: digits ("29", "10,000") or words ("six", "seis"); returns value and end. */
export function numberAt(a: Analysis, i: number): { value: number; end: number } | null {
  const t = a.tokens[i];
  if (!t) return null;
  if (t.shape === 'num') {
    const v = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(v) || /[.:/%]/.test(t.text)) return null;
    const next = a.tokens[i + 1];
    if (next && /^(million|millones|billion|mil|thousand)$/.test(next.norm)) return null;
    return { value: v, end: i + 1 };
  }
  const w = tagAt(a, i, 'number');
  return w ? { value: w.tag.value, end: w.end } : null;
}

export function recognizeGroups(a: Analysis): void {
  countedGroups(a);
  representedGroups(a);
}

function countedGroups(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    const num = numberAt(a, i);
    if (!num) continue;
    // A headline's counts are the body's, told again with fewer words.
    if (isHeadline(a, T[i]!.sentence)) continue;
    const prev = T[i - 1];
    if (prev && (DEFINITE.has(prev.norm) || prev.text === '$' || /^(and|y)$/.test(prev.norm) && T[i - 2]?.shape === 'num')) continue;
    if (num.value < 2 && !tagAt(a, i, 'number')) continue;
    // Up to three modifiers, then a group noun: "29 cartel suspects", "43 trainee teachers".
    let j = num.end;
    let head: { start: number; end: number } | null = null;
    for (let k = 0; k < 4 && j < T.length; k++) {
      const g = tagAt(a, j, 'groupNoun');
      if (g) { head = g; break; }
      // Modifiers are adjectives and nouns: "29 cartel suspects", "tres altos jefes"; not "uno de los hombres".
      if (T[j]!.shape === 'punct' || tagAt(a, j, 'verb') || tagAt(a, j, 'anonNoun') || /^(de|del|of|the|los|las|la|el|a|al|in|en|y|and|with|con|times|veces|occasions|ocasiones)$/.test(T[j]!.norm)) break;
      j++;
    }
    if (!head) {
      groupNounOfAll(a, i, num.value);
      continue;
    }
    if (tagAt(a, head.start, 'anonNoun') && !tagAt(a, head.start, 'groupNoun')) continue;
    if (a.mentionAt[head.start]! >= 0) continue;
    let start = i;
    // "more than 10,000 people", "governors of all 31 Mexican states".
    for (const len of [2, 1]) {
      const words = T.slice(i - len, i).map((t) => t.norm).join(' ');
      if (APPROX.has(words)) { start = i - len; break; }
    }
    let end = head.end;
    // Spanish adjectives follow the noun: "tres altos jefes policiales antinarcóticos".
    if (a.lang === 'es') while (end < T.length && end - head.end < 3 && T[end]!.shape === 'lower' && !tagAt(a, end, 'verb')
      && /(al|ales|ano|anos|ana|anas|ico|icos|ica|icas|ivo|ivos|ista|istas|cos|es)$/.test(T[end]!.norm) && !/^(de|del|que|los|las|en|por|con)$/.test(T[end]!.norm)) end++;
    // "seven people in total": nothing more. "governors of all 31 Mexican states": the noun before.
    const ofAll = T[start - 1]?.norm === 'all' && ['of', 'de'].includes(T[start - 2]?.norm ?? '') ? start - 2 : -1;
    if (ofAll > 0 && tagAt(a, ofAll - 1, 'groupNoun')) start = ofAll - 1;
    else if (T[start - 1]?.norm === 'all') start -= 1;
    const r: Range = { start, end };
    if (T[end]?.norm === 'linked' || T[end]?.norm === 'vinculados') end = extendPhrase(a, end);
    addMention(a, r, 'group', 'counted-group', { count: num.value, description: surface(a, { start, end }), key: `group:${start}` });
    i = head.end - 1;
  }
}

/** "governors of all 31 Mexican states": the group noun comes before the number. */
function groupNounOfAll(a: Analysis, i: number, count: number): void {
  const T = a.tokens;
  let k = i - 1;
  if (['all', 'the', 'todos', 'todas', 'los', 'las'].includes(T[k]?.norm ?? '')) k--;
  if (!['of', 'de'].includes(T[k]?.norm ?? '')) return;
  const noun = tagEndingAt(a, k, 'groupNoun');
  if (!noun || a.mentionAt[noun.start]! >= 0) return;
  let end = i + 1;
  // "of all 31 Mexican states": up to three words, never across a conjunction or a past verb.
  while (end < T.length && end - i <= 3 && (T[end]!.shape === 'lower' || T[end]!.shape === 'cap')
    && !/^(and|y|to|in|en|a|de|of|that|que|who)$/.test(T[end]!.norm) && !/(ed|ó|aron|ieron)$/.test(T[end]!.norm)) end++;
  const r = { start: noun.start, end };
  addMention(a, r, 'group', 'group-of-all', { count, description: surface(a, r), key: `group:${noun.start}` });
}

/** "linked to criminal groups": a participle phrase that defines the group. */
function extendPhrase(a: Analysis, from: number): number {
  let k = from;
  const s = sentenceAt(a, from);
  while (k < s.last && k - from < 6 && ![',', '.', ';'].includes(a.tokens[k]!.text) && !['and', 'y'].includes(a.tokens[k]!.norm)) k++;
  return k;
}

const REPRESENTATIVES = new Set(['lawyers', 'attorneys', 'defense lawyers', 'defense attorneys', 'legal team', 'abogados', 'defensa']);

/** "Duarte's lawyers", "los abogados de Duarte": one group per represented person. */
function representedGroups(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i + 2 < T.length; i++) {
    const m = a.mentionAt[i]!;
    if (m < 0 || a.mentions[m]!.end !== i + 1) continue;
    const person = resolveEntity(a, a.mentions[m]!.entity);
    if (person.kind !== 'person' || !(T[i + 1]!.norm === "'s" || T[i + 1]!.norm === "'")) continue;
    let j = i + 2;
    if (T[j]?.norm === 'defense' || T[j]?.norm === 'legal') j++;
    if (!REPRESENTATIVES.has(T[j]!.norm)) continue;
    const start = a.mentions[m]!.start;
    const r = { start, end: j + 1 };
    const noun = T[j]!.text;
    const e = addMention(a, r, 'group', 'represented-group', { key: `reps:${person.index}`, description: `${person.name}'s ${noun}` });
    claimTokens(a, e, r);
    if (e.description && !e.description.includes(noun)) e.description += ` and ${noun}`;
  }
}
