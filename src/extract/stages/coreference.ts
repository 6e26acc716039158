// In-document coreference: short forms of names ("Avila", "Peña Nieto", "Adán Casarrubias")
// joined to the full name they refer to, the nearest preceding one when two share a surname;
// title references ("the governor") and pronouns resolved to the person last named.
import type { Analysis, EntityDraft, Range } from '../analysis.js';
import { surface, tagAt } from '../analysis.js';
import { addForm, attachMention, mergeEntity, resolveEntity } from '../entities.js';
import { fold } from '../text/tokens.js';
import { stringMemo } from '../../string-memo.js';

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'da', 'do', 'dos', 'van', 'von']);

/** A name's words without particles, memoized: coreference compares every name with every other. */
const nameWords = stringMemo(5_000, (name) => fold(name).replace(/['’]s$/, '').split(/[\s-]+/).filter((w) => w && !PARTICLES.has(w)));

/** A shorter form names the same person: its words are the longer name's surname(s), or its
 *  first given name plus a surname. */
export function isShortFormOf(short: string[], full: string[]): boolean {
  if (!short.length || short.length >= full.length) return false;
  const last = short[short.length - 1]!;
  if (!full.includes(last)) return false;
  if (short.length === 1) return full.indexOf(last) > 0; // a surname, never the given name alone
  // "Peña Nieto" (consecutive surnames) or "Adán Casarrubias" (first name + a surname).
  const at = full.indexOf(short[0]!);
  if (at < 0) return false;
  return short.every((w) => full.includes(w)) && (at === 0 || full.join(' ').includes(short.join(' ')));
}

/** The person a short form at range r refers to: the nearest one named before it. */
export function knownPerson(a: Analysis, r: Range): EntityDraft | null {
  const words = nameWords(surface(a, r));
  let best: EntityDraft | null = null;
  let bestPos = -1;
  for (const e of a.entities) {
    if (e.kind !== 'person' || !e.mentions.length || (e as { mergedInto?: number }).mergedInto !== undefined) continue;
    if (!isShortFormOf(words, nameWords(e.name))) continue;
    const pos = Math.max(...e.mentions.filter((m) => m.start < r.start).map((m) => m.start), -1);
    if (pos > bestPos) { best = e; bestPos = pos; }
  }
  return best;
}

/** A criminal group named before whose name these words open or close: "el Golfo Norte" after
 *  "el Cártel del Golfo Norte", "Golfo Norte" after "the Golfo Norte Cartel". */
export function knownGroup(a: Analysis, r: Range): EntityDraft | null {
  const own = nameWords(surface(a, r));
  const words = own.join(' ');
  const n = own.length;
  if (n === 0) return null;
  for (const e of a.entities) {
    if (e.kind !== 'organization' || e.orgType !== 'criminal_group' || !e.mentions.length || (e as { mergedInto?: number }).mergedInto !== undefined) continue;
    const full = nameWords(e.name);
    if (full.length > n && (full.slice(-n).join(' ') === words || full.slice(0, n).join(' ') === words)) return e;
  }
  return null;
}

export function resolveCoreference(a: Analysis): void {
  linkNicknames(a);
  retypeSurnames(a);
  mergeShortForms(a);
  resolveTitleReferences(a);
}

/** A one-word place or body guessed from context ("silenciar a Villavicencio" in a headline) that
 *  is the surname of a person named in full is that person. Gazetteer names are left alone. */
function retypeSurnames(a: Analysis): void {
  for (const e of a.entities) {
    if ((e.kind !== 'place' && e.kind !== 'organization') || !e.mentions.length || e.key?.startsWith('place:') && /\p{Lu}/u.test(e.key)
      || e.key?.startsWith('org:') || e.name.includes(' ')) continue;
    const words = nameWords(e.name);
    const person = a.entities.find((p) => p.kind === 'person' && p.mentions.length && isShortFormOf(words, nameWords(p.name)));
    if (!person) continue;
    e.kind = 'person';
    e.orgType = null;
    mergeEntity(e, person);
  }
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»']);
const NICKNAME_CUES = new Set(['known as', 'alias', 'a.k.a.', 'aka', 'nicknamed', 'dubbed', 'apodado', 'apodada', 'conocido como', 'conocida como', 'alias de']);

/** "Adán Casarrubias, known as "El Tomate,"", "Servando Gómez, 'La Tuta',": a quoted nickname
 *  after a person's name is another name of that person. */
function linkNicknames(a: Analysis): void {
  const T = a.tokens;
  for (const m of [...a.mentions]) {
    const e = resolveEntity(a, m.entity);
    if (e.kind !== 'person') continue;
    let i = m.end;
    if (T[i]?.text === ',' || T[i]?.text === '(') i++;
    // An optional cue of one to three words.
    for (let len = 3; len >= 1; len--) {
      const cue = T.slice(i, i + len).map((t) => t.norm).join(' ');
      if (NICKNAME_CUES.has(cue)) { i += len; break; }
    }
    if (!T[i] || !QUOTES.has(T[i]!.text)) continue;
    let j = i + 1;
    while (j < T.length && j - i <= 5 && !QUOTES.has(T[j]!.text) && T[j]!.text !== ',') j++;
    const inner = { start: i + 1, end: j };
    if (inner.end <= inner.start || !QUOTES.has(T[j]?.text ?? '') && T[j]?.text !== ',') continue;
    if (T[inner.start]!.shape !== 'cap' && T[inner.start]!.shape !== 'upper') continue;
    const old = a.mentionAt[inner.start]!;
    if (old >= 0) {
      const other = resolveEntity(a, a.mentions[old]!.entity);
      if (other !== e && other.kind === 'person' && other.mentions.every((x) => x.start >= inner.start)) mergeEntity(other, e);
      continue;
    }
    attachMention(a, e, inner, 'nickname');
    e.forms.add(surface(a, inner));
  }
}

/** Person entities whose name is a short form of another's: each mention goes to the full
 *  name nearest before it (or the first after it when none precedes). */
function mergeShortForms(a: Analysis): void {
  const persons = () => a.entities.filter((e) => e.kind === 'person' && e.mentions.length && (e as { mergedInto?: number }).mergedInto === undefined);
  for (const short of persons()) {
    const words = nameWords(short.name);
    const fulls = persons().filter((f) => f !== short && isShortFormOf(words, nameWords(f.name)));
    if (!fulls.length) continue;
    if (fulls.length === 1) { mergeEntity(short, fulls[0]!); continue; }
    for (const m of [...short.mentions]) {
      let target = fulls[0]!;
      let bestPos = -1;
      for (const f of fulls) {
        const pos = Math.max(...f.mentions.filter((x) => x.start < m.start).map((x) => x.start), -1);
        if (pos > bestPos) { target = f; bestPos = pos; }
      }
      m.entity = target.index;
      target.mentions.push(m);
      addForm(target, surface(a, m));
    }
    short.mentions = [];
  }
}

/** "the governor", "the former senator", "la alcaldesa": the last person named with that title. */
/** Also a stage of its own, run again once positions are known: "quien fue viceministro …" is
 *  read by the positions stage, so "el exviceministro" later on can only be linked then. */
export function resolveTitleReferences(a: Analysis): void {
  const T = a.tokens;
  for (let i = 1; i < T.length; i++) {
    const det = T[i - 1]!.norm;
    if (!['the', 'el', 'la', 'al', 'del'].includes(det) || a.mentionAt[i]! >= 0) continue;
    let j = i;
    if (tagAt(a, j, 'status')) j = tagAt(a, j, 'status')!.end;
    const title = tagAt(a, j, 'title');
    // Ranks and generic titles ("the official") refer to no one in particular, but "el exviceministro" does.
    if (!title || T[j]!.shape !== 'lower' || (title.tag.weak && !title.tag.former)) continue;
    const next = T[title.end];
    // "al alcalde de Zitácuaro, Héctor Gamboa Ríos": the title names the person right after it.
    const named = namedAfter(a, title.end);
    if (named) { attachMention(a, named, { start: i, end: title.end }, 'title-apposition'); continue; }
    // "el expresidente del Senado": the president of a body, not the country's president.
    // ("el legislador del partido Vamos" still refers to a person: the party is not an office.)
    if (next && (next.shape === 'cap' || /^(of|de|del)$/.test(next.norm)) && !partyAfter(a, title.end + 1)) continue;
    // "la exfuncionaria", "the former official": a generic title refers to the last person named
    // with any position.
    // "el exviceministro": first someone who held that post and left it, then anyone who held it.
    const person = (title.tag.former ? lastPersonWithTitle(a, i, title.tag.title, 'former') : null)
      ?? (title.tag.former ? null : lastPersonWithTitle(a, i, title.tag.title))
      // "el exviceministro" is never someone known only in a current post.
      ?? (title.tag.weak ? lastPersonWithAnyPosition(a, i, title.tag.former ? 'former' : undefined) : null)
      // "el exmandatario": the head of an executive at any level (president, governor, mayor).
      ?? (/mandatari[oa]$/.test(T[j]!.norm) ? lastExecutive(a, i, title.tag.former ? 'former' : undefined) : null);
    if (person) attachMention(a, person, { start: i, end: title.end }, 'title-reference');
  }
}

function partyAfter(a: Analysis, k: number): boolean {
  if (/^(partido|party)$/.test(a.tokens[k]?.norm ?? '')) return true;
  const m = a.mentionAt[k] ?? -1;
  return m >= 0 && resolveEntity(a, a.mentions[m]!.entity).orgType === 'political_party';
}

/** The person named by ", Name" right after a title (and its "de Place"). */
function namedAfter(a: Analysis, from: number): EntityDraft | null {
  const T = a.tokens;
  let k = from;
  if (/^(de|del|of)$/.test(T[k]?.norm ?? '')) {
    k++;
    while (k < T.length && k - from < 6 && (T[k]!.shape === 'cap' || /^(de|del|la|el)$/.test(T[k]!.norm)) && T[k]!.text !== ',') k++;
  }
  if (T[k]?.text !== ',') return null;
  const m = a.mentionAt[k + 1]!;
  if (m < 0 || a.mentions[m]!.start !== k + 1) return null;
  const e = resolveEntity(a, a.mentions[m]!.entity);
  return e.kind === 'person' ? e : null;
}

function lastExecutive(a: Analysis, before: number, status?: 'former'): EntityDraft | null {
  const found = ['president', 'governor', 'mayor'].map((t) => lastPersonWithTitle(a, before, t, status)).filter((e) => e !== null);
  const lastMention = (e: EntityDraft) => Math.max(...e.mentions.filter((m) => m.start < before).map((m) => m.start));
  return found.sort((x, y) => lastMention(y) - lastMention(x))[0] ?? null;
}

function lastPersonWithAnyPosition(a: Analysis, before: number, status?: 'former'): EntityDraft | null {
  let best: EntityDraft | null = null;
  let bestPos = -1;
  for (const e of a.entities) {
    if (e.kind !== 'person' || !e.positions.some((p) => !status || p.status === status)) continue;
    for (const m of e.mentions) if (m.start < before && m.start > bestPos) { best = resolveEntity(a, e.index); bestPos = m.start; }
  }
  return best;
}

function lastPersonWithTitle(a: Analysis, before: number, title: string, status?: 'former'): EntityDraft | null {
  let best: EntityDraft | null = null;
  let bestPos = -1;
  for (const e of a.entities) {
    if (e.kind !== 'person' || !e.positions.some((p) => p.title === title && (!status || p.status === status))) continue;
    for (const m of e.mentions) if (m.start < before && m.start > bestPos) { best = resolveEntity(a, e.index); bestPos = m.start; }
  }
  return best;
}

/** The person a pronoun at token i most likely refers to: the last person mentioned before it,
 *  preferring the subject of the sentence and a matching gender when known. */
export function resolvePronoun(a: Analysis, i: number): EntityDraft | null {
  const gender = a.lex.pronouns.get(a.tokens[i]!.norm) ?? null;
  for (let k = i - 1; k >= Math.max(0, i - 120); k--) {
    const m = a.mentionAt[k]!;
    if (m < 0) continue;
    const e = resolveEntity(a, a.mentions[m]!.entity);
    if (e.kind !== 'person') continue;
    if (gender && e.gender && e.gender !== gender) continue;
    return e;
  }
  return null;
}
