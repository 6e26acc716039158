// Names: capitalised chunks typed as persons, organizations and places, from gazetteers,
// heads ("… Party", "… Department"), titles ("Governor X"), and context (appositions,
// descriptors like "steelmaker X", "the X drug gang", "the city of X", "X said").
import type { OrgType } from '../../model/extraction.js';
import type { Analysis, Range } from '../analysis.js';
import { surface, tagAt, tagEndingAt } from '../analysis.js';
import { addForm, addMention, attachMention, findByForm, findEntity, isFree, mergeEntity, nameKey, resolveEntity } from '../entities.js';
import { knownGroup, knownPerson } from './coreference.js';
import { type Unit, endsWithOrgHead, findChunks, isHonorific, startsWithOrgStart } from './name-chunks.js';
import { recordPosition, titleBefore } from './positions.js';
import { descriptorBefore, judge, knownCartel } from './name-judge.js';

export function recognizeNames(a: Analysis): void {
  const deferred: Unit[][] = [];
  for (const chunk of findChunks(a)) {
    // A lone acronym waits until "(FGE)" after a full name has told what it stands for.
    const only = chunk.units.length === 1 ? chunk.units[0]! : null;
    if (only && only.type === 'word' && a.tokens[only.start]!.shape === 'upper') { deferred.push(chunk.units); continue; }
    typeUnits(a, chunk.units);
  }
  linkAcronyms(a);
  joinNicknamedNames(a);
  for (const units of deferred) {
    const u = units[0]!;
    if (a.mentionAt[u.start]! >= 0) continue;
    const known = findByForm(a, surface(a, u));
    if (known) { attachMention(a, known, u, 'known-acronym'); continue; }
    const v = judge(a, u);
    // An unexplained acronym is a body ("the PGR said"), never a person.
    if (v && v.kind !== 'place') addMention(a, u, 'organization', `acronym-${v.rule}`, { orgType: v.kind === 'organization' ? v.orgType : 'other' });
  }
}

function range(units: Unit[]): Range {
  return { start: units[0]!.start, end: units[units.length - 1]!.end };
}

function typeUnits(a: Analysis, units: Unit[]): void {
  while (units.length && units[0]!.type === 'connector') units = units.slice(1);
  while (units.length && units[units.length - 1]!.type === 'connector') units = units.slice(0, -1);
  if (!units.length) return;
  const r = range(units);
  if (!isFree(a, r)) return;

  // 1. A capitalised title followed by a name: "U.S. District Judge Lauren Louis".
  for (let k = units.length - 2; k >= 0; k--) {
    const u = units[k]!;
    if (u.type !== 'title') continue;
    const name = personUnitsAfter(a, units, k + 1);
    if (!name.length) continue;
    // A weak title inside a name ("Unión Ganadera Regional General División") makes a person only
    // before a given name: "Gen. Salvador Cienfuegos".
    if (u.weak && !a.lex.givenNames.has(a.tokens[name[0]!.start]!.norm)) {
      units = units.map((x) => (x === u ? { type: 'word' as const, start: x.start, end: x.end } : x));
      continue;
    }
    if (followedByOrgPossessive(a, range(name).end)) break;
    typeModifiers(a, units.slice(0, k));
    const person = createPerson(a, range(name), 'title-in-chunk');
    if (person) recordPosition(a, person, { start: u.start, end: u.end, title: u.title, weak: u.weak, former: u.former }, units[0]!.start);
    typeUnits(a, units.slice(k + 1 + name.length));
    return;
  }

  // 2. Names of bodies: by gazetteer, by head ("… Department") or opening ("Party of …").
  const last = units[units.length - 1]!;
  if (last.type === 'org' || endsWithOrgHead(a, units) || startsWithOrgStart(a, units) || orgHeadThenOf(a, units)) {
    const gaz = units.find((u) => u.type === 'org' && u.end === last.end) as Extract<Unit, { type: 'org' }> | undefined;
    const lead = units[0]!;
    // "Mexico's Sinaloa Cartel": Mexico stays a place of its own beside the body's name.
    if (lead.type === 'place' && units[1]?.type === 'connector' && units[1].possessive) {
      addMention(a, lead, 'place', 'possessor-place', { country: lead.place.country, key: `place:${lead.place.name}` });
      a.mentionAt.fill(-1, lead.start, lead.end);
    }
    const leadCountry = lead.type === 'place' ? lead.place.country : lead.type === 'demonym' ? lead.country : null;
    if (gaz && units.length === 1) {
      addMention(a, r, 'organization', 'gazetteer-org', { orgType: gaz.org.orgType, country: gaz.org.country, key: `org:${gaz.org.name}` });
    } else if (gaz && units.every((u) => u === gaz || u.type === 'place' || u.type === 'demonym')) {
      addMention(a, r, 'organization', 'gazetteer-org-qualified', { orgType: gaz.org.orgType, country: gaz.org.country ?? leadCountry, key: `org:${gaz.org.name}` });
    } else {
      const head = tagEndingAt(a, last.end, 'orgHead', r.start) ?? tagAt(a, r.start, 'orgStart') ?? firstOrgHead(a, r);
      addMention(a, r, 'organization', 'org-head', { orgType: (head?.tag as { orgType?: OrgType })?.orgType ?? 'other', country: leadCountry });
    }
    return;
  }

  // 3. A single gazetteer place or organization.
  if (units.length === 1 && last.type === 'place') {
    if (!followedByOrgDescriptor(a, last.end)) {
      addMention(a, r, 'place', 'gazetteer-place', { country: last.place.country, key: `place:${last.place.name}` });
    } else {
      const d = tagAt(a, last.end, 'orgDescriptor')!;
      addMention(a, r, 'organization', 'place-as-org', { orgType: d.tag.orgType, country: last.place.country });
    }
    return;
  }
  if (units.length === 1 && (last.type === 'demonym' || last.type === 'title')) return;

  // "el cartel Jalisco Nueva Generación", "el cartel de los Beltrán Leyva": a lower-case
  // descriptor before the chunk names what the whole chunk is.
  const descBefore = descriptorBefore(a, r.start);
  if (descBefore) {
    const known = descBefore.orgType === 'criminal_group' ? knownCartel(a, surface(a, r)) : null;
    addMention(a, r, 'organization', 'descriptor-before-chunk', known ? { orgType: 'criminal_group', key: `org:${known}` } : { orgType: descBefore.orgType });
    return;
  }

  // 4. Mixed chunks: leading places and demonyms qualify what follows; type the parts.
  const firstWord = units.findIndex((u) => u.type === 'word');
  if (firstWord < 0) {
    for (const u of units) if (u.type !== 'connector') typeUnits(a, [u]);
    return;
  }
  // "Israel Mena Olea", "Santiago Nieto": a place that is also a given name, opening a name.
  if (firstWord === 1 && units[0]!.type === 'place' && a.lex.givenNames.has(a.tokens[units[0]!.start]!.norm)
    && units.slice(1).every((u) => u.type === 'word' || u.type === 'connector')) {
    typeWords(a, units.map((u) => (u.type === 'connector' ? u : { type: 'word' as const, start: u.start, end: u.end })));
    return;
  }
  if (firstWord > 0) {
    typeModifiers(a, units.slice(0, firstWord));
    typeUnits(a, units.slice(firstWord));
    return;
  }
  const lastNonWord = units.findIndex((u) => u.type !== 'word' && u.type !== 'connector');
  if (lastNonWord > 0) {
    const head = units.slice(0, lastNonWord);
    const tail = units.slice(lastNonWord);
    // "Jesús Cruz Valencia", "Fernando Rubén Guerrero Alcántar": surnames that are also places.
    if (tail.every((u) => (u.type === 'place' && u.end - u.start === 1) || u.type === 'word') && head.every((u) => u.type === 'word')
      && (head.length >= 2 || a.lex.givenNames.has(a.tokens[head[0]!.start]!.norm))) {
      typeWords(a, units.map((u) => ({ type: 'word' as const, start: u.start, end: u.end })));
      return;
    }
    // "el Trópico de Cochabamba": without a person's signs, only the known place is kept.
    if (head[head.length - 1]!.type === 'connector' && !a.lex.givenNames.has(a.tokens[head[0]!.start]!.norm)) {
      typeUnits(a, tail);
      return;
    }
    typeUnits(a, head);
    typeUnits(a, tail);
    return;
  }
  typeWords(a, units);
}

/** Name units right after a title: words and Spanish particles, up to an English particle or a
 *  gazetteer name. One-word places inside a name that opens with a given name are surnames
 *  ("Governor Alberto Zamora Ávalos", "Patricia Guerrero Estrada"), and a given name that is
 *  also a place opens one ("Attorney General Santiago Arellano"). */
function personUnitsAfter(a: Analysis, units: Unit[], from: number): Unit[] {
  const out: Unit[] = [];
  const given = (u: Unit) => a.lex.givenNames.has(a.tokens[u.start]!.norm);
  for (let k = from; k < units.length; k++) {
    const u = units[k]!;
    if (u.type === 'word') { out.push(u); continue; }
    const next = units[k + 1];
    const surnamePlace = u.type === 'place' && u.end - u.start === 1
      && (out.length ? given(out[0]!) : given(u) && (next?.type === 'word' || next?.type === 'place'));
    if (surnamePlace) { out.push({ type: 'word', start: u.start, end: u.end }); continue; }
    if (u.type === 'connector' && k + 1 < units.length && units[k + 1]!.type === 'word' && !u.possessive) { out.push(u); continue; }
    break;
  }
  while (out.length && out[out.length - 1]!.type === 'connector') out.pop();
  return out;
}

/** "Attorney General's Office": the title belongs to a body, not a person. */
function followedByOrgPossessive(a: Analysis, end: number): boolean {
  const t = a.tokens[end];
  return !!t && (t.norm === "'s" || t.norm === "'") && !!tagAt(a, end + 1, 'orgHead');
}

function followedByOrgDescriptor(a: Analysis, end: number): boolean {
  const d = tagAt(a, end, 'orgDescriptor');
  return !!d && a.tokens[end]!.shape === 'lower' && ['criminal_group', 'political_party', 'media'].includes(d.tag.orgType);
}

/** "Southern District of Florida", "Bank of Mexico": a head inside, then "of" and a name. */
function orgHeadThenOf(a: Analysis, units: Unit[]): boolean {
  const r = range(units);
  for (let i = r.start; i < r.end; i++) {
    const h = tagAt(a, i, 'orgHead');
    if (h && h.end < r.end && ['of', 'de', 'del', 'for'].includes(a.tokens[h.end]!.norm)) return true;
  }
  return false;
}

function firstOrgHead(a: Analysis, r: Range) {
  for (let i = r.start; i < r.end; i++) {
    const h = tagAt(a, i, 'orgHead');
    if (h) return h;
  }
  return null;
}

/** Places and organizations that qualify a following name or title. */
function typeModifiers(a: Analysis, units: Unit[]): void {
  for (const u of units) {
    if (u.type === 'place') addMention(a, u, 'place', 'modifier-place', { country: u.place.country, key: `place:${u.place.name}` });
    else if (u.type === 'demonym') continue;
    else if (u.type === 'org') addMention(a, u, 'organization', 'modifier-org', { orgType: u.org.orgType, country: u.org.country, key: `org:${u.org.name}` });
  }
}


/** A run of capitalised words with no gazetteer entry: decide by the words around it. */
function typeWords(a: Analysis, units: Unit[]): void {
  let r = range(units);
  // Honorifics ("Mr.", "Sra.") mark a person and are not part of the name.
  let honorific = false;
  while (r.end - r.start > 1 && isHonorific(a.tokens[r.start]!.norm)) { r = { start: r.start + 1, end: r.end }; honorific = true; }
  if (isHonorific(a.tokens[r.start]!.norm)) return;
  // A name already typed in this document keeps its type ("Cocula" the town, every time).
  const same = findEntity(a, nameKey('person', surface(a, r))) ?? findEntity(a, nameKey('place', surface(a, r))) ?? findEntity(a, nameKey('organization', surface(a, r)));
  if (same) { attachMention(a, same, r, 'same-name'); return; }
  if (startsNonName(a, r.start)) return;
  // A short form of someone already named: "Avila" after "Marina del Pilar Avila".
  const known = knownPerson(a, r);
  if (known) { attachMention(a, known, r, 'known-person'); addForm(known, surface(a, r)); return; }
  const group = knownGroup(a, r);
  if (group) { attachMention(a, group, r, 'known-group'); addForm(group, surface(a, r)); return; }
  const v = honorific ? { kind: 'person' as const, rule: 'honorific' } : judge(a, r);
  if (!v) return;
  if (v.kind === 'person') {
    const p = createPerson(a, r, v.rule);
    const title = titleBefore(a, r.start);
    if (p && title) {
      recordPosition(a, p, title.ev, title.ev.start);
      if (title.gapParty && !p.parties.includes(title.gapParty.index)) p.parties.push(title.gapParty.index);
    }
  } else if (v.kind === 'organization') {
    // "the Gulf drug cartel" is the Gulf Cartel the gazetteer knows.
    const known = v.orgType === 'criminal_group' ? knownCartel(a, surface(a, r)) : null;
    const e = addMention(a, r, 'organization', v.rule, known ? { orgType: 'criminal_group', key: `org:${known}` } : { orgType: v.orgType });
    // A one-word group name also keeps the words that said what it is ("Gulf drug cartel").
    const desc = v.rule === 'right-org-descriptor' && r.end - r.start === 1 ? tagAt(a, r.end, 'orgDescriptor') : null;
    if (desc && v.orgType === 'criminal_group') e.forms.add(surface(a, { start: r.start, end: desc.end }));
  } else {
    addMention(a, r, 'place', v.rule);
  }
}

/** Capitalised runs that name operations, laws and plans, not entities. */
function startsNonName(a: Analysis, i: number): boolean {
  return a.lex.nonNameStarts.has(a.tokens[i]!.norm);
}

function createPerson(a: Analysis, r: Range, rule: string) {
  const words = r.end - r.start;
  if (words > 8) return null;
  return addMention(a, r, 'person', rule);
}

const QUOTE = /^["“”'‘’«»]$/;

/** Joaquín "El Chapo" Guzmán: a lone given name (not yet anyone) before a quoted nickname and a
 *  capitalised surname opens a person, whom joinNicknamedNames completes. */
function givenNamesBeforeNicknames(a: Analysis): void {
  const T = a.tokens;
  for (let q = 1; q + 3 < T.length; q++) {
    if (!QUOTE.test(T[q]!.text) || a.mentionAt[q - 1]! >= 0) continue;
    const given = T[q - 1]!;
    if (given.shape !== 'cap' || !a.lex.givenNames.has(given.norm) || given.sentence !== T[q]!.sentence) continue;
    let k = q + 1;
    while (k < T.length && k - q <= 3 && (T[k]!.shape === 'cap' || T[k]!.shape === 'upper')) k++;
    if (k === q + 1 || !QUOTE.test(T[k]?.text ?? '') || T[k + 1]?.shape !== 'cap') continue;
    let start = q - 1;
    while (start > 0 && T[start - 1]!.shape === 'cap' && a.mentionAt[start - 1]! < 0 && T[start - 1]!.sentence === given.sentence && q - start < 3) start--;
    addMention(a, { start, end: q }, 'person', 'given-before-nickname');
  }
}

/** Juan Antonio "Tony" Hernández: a nickname inside the name; the surname after it completes
 *  the name, the nickname becomes an alias. */
function joinNicknamedNames(a: Analysis): void {
  const T = a.tokens;
  givenNamesBeforeNicknames(a);
  for (const m of [...a.mentions]) {
    const e = resolveEntity(a, m.entity);
    if (e.kind !== 'person' || !QUOTE.test(T[m.end]?.text ?? '')) continue;
    let k = m.end + 1;
    while (k < T.length && k - m.end <= 3 && (T[k]!.shape === 'cap' || T[k]!.shape === 'upper')) k++;
    if (k === m.end + 1 || !QUOTE.test(T[k]?.text ?? '')) continue;
    let end = k + 1;
    while (end < T.length && T[end]!.shape === 'cap' && !QUOTE.test(T[end]!.text)) end++;
    if (end === k + 1) continue;
    const surname = { start: k + 1, end };
    const nickname = { start: m.end + 1, end: k };
    const other = a.mentionAt[surname.start]!;
    if (other >= 0) {
      // The surname was taken for someone else's short form ("Hernández"): this occurrence is ours.
      const taken = a.mentions[other]!;
      const o = resolveEntity(a, taken.entity);
      if (o.kind !== 'person' || taken.start !== surname.start || taken.end !== surname.end) continue;
      o.mentions = o.mentions.filter((x) => x !== taken);
      taken.entity = e.index;
      e.mentions.push(taken);
    } else {
      attachMention(a, e, surname, 'nickname-surname');
    }
    e.name = `${e.name} ${surface(a, surname)}`;
    if (a.mentionAt[nickname.start]! < 0) attachMention(a, e, nickname, 'inner-nickname');
    e.forms.add(surface(a, nickname));
  }
}

/** "Party of the Democratic Revolution (PRD)": the acronym is another name of the body before
 *  it; when the acronym is a gazetteer name of its own, the two entities are one. */
function linkAcronyms(a: Analysis): void {
  const T = a.tokens;
  for (let i = 1; i + 2 < T.length; i++) {
    if (T[i]!.text !== '(' || T[i + 1]!.shape !== 'upper' || T[i + 2]!.text !== ')') continue;
    const prev = a.mentionAt[i - 1]!;
    if (prev < 0) continue;
    const e = resolveEntity(a, a.mentions[prev]!.entity);
    if (e.kind === 'place') continue;
    const own = a.mentionAt[i + 1]!;
    if (own >= 0) {
      const other = resolveEntity(a, a.mentions[own]!.entity);
      if (other !== e && other.kind === e.kind) mergeEntity(e, other);
      continue;
    }
    addMention(a, { start: i + 1, end: i + 2 }, e.kind, 'acronym-alias', { key: e.key ?? undefined, name: surface(a, { start: i + 1, end: i + 2 }) });
  }
}
