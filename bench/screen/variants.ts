// Builds benchmark queries from real list entries with the variations screening must absorb:
// dropped second surname or middle name, initials, word order, SDN comma order, honorifics,
// legal forms, accents, case, typos, sound-alike respellings, nicknames from the remarks.
import type { ListEntry } from '../../src/model/list.js';
import { parseName } from '../../src/names/parse.js';
import { parseRemarks } from '../../src/screen/importers/ofac-remarks.js';
import type { Rng } from './rng.js';

export interface BenchQuery {
  text: string;
  /** Index of the entry the query was built from; null for names not on the list. */
  target: number | null;
  /** Tokens kept from the source name before noise: any entry holding them all is a right answer too. */
  kept: string[];
  variations: string[];
}

const HONORIFICS = ['Sr.', 'Lic.', 'Dr.', 'Mr.', 'Gral.', 'Ing.', 'Don', 'Sra.'];
const LEGAL_FORMS = ['S.A. de C.V.', 'LLC', 'Ltd.', 'S.A.', 'Inc.', 'S. de R.L. de C.V.', 'GmbH'];
// Spellings of the same sound seen across Spanish, English and transliterated names.
const RESPELL: Array<[RegExp, string]> = [
  [/v/, 'b'], [/b/, 'v'], [/z/, 's'], [/s(?=[ei])/, 'c'], [/c(?=[ei])/, 's'], [/ll/, 'y'], [/y(?=[aeiou])/, 'll'],
  [/g(?=[ei])/, 'j'], [/j(?=[ei])/, 'g'], [/^h/, ''], [/qu/, 'k'], [/ph/, 'f'], [/ou/, 'u'], [/u(?![aeiou])/, 'ou'],
  [/kh/, 'h'], [/ee/, 'i'], [/i(?![aeiou])/, 'ee'], [/ai/, 'ei'], [/mm/, 'm'], [/ss/, 's'], [/ck/, 'k'], [/y/, 'i'],
  [/i(?=[aeiou])/, 'y'], [/w/, 'v'], [/v/, 'w'], [/k(?=[aou])/, 'c'], [/c(?=[aou])/, 'k'], [/x/, 'j'], [/oo/, 'u'],
];
const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', n: 'ñ' };

export function nameVariant(entry: ListEntry, target: number, rng: Rng): BenchQuery {
  const variations: string[] = [];
  const weak = parseRemarks(entry.remarks).nicknames;
  if (entry.kind === 'person' && weak.length && rng.chance(0.06)) {
    const nick = rng.pick(weak);
    const text = rng.chance(0.5) && !/^el /i.test(nick) ? `El ${nick}` : nick;
    return { text, target, kept: tokensOf(nick, 'person'), variations: ['nickname'] };
  }
  const source = entry.aliases.length && rng.chance(0.3) ? rng.pick(entry.aliases) : entry.name;
  if (source !== entry.name) variations.push('alias');
  const kind = entry.kind === 'person' ? 'person' : 'organization';
  const parsed = parseName(source, kind);
  let given = parsed.tokens.filter((t) => t.role === 'given').map((t) => t.text);
  let surnames = parsed.tokens.filter((t) => t.role === 'surname').map((t) => t.text);
  let parts = parsed.tokens.filter((t) => t.role === 'part').map((t) => t.text);
  const initials = new Set<string>();
  if (kind === 'person' && surnames.length) {
    if (surnames.length >= 2 && rng.chance(0.3)) (surnames = surnames.slice(0, -1)), variations.push('second surname dropped');
    if (given.length >= 2 && rng.chance(0.25)) (given = given.slice(0, 1)), variations.push('middle name dropped');
    else if (given.length >= 2 && rng.chance(0.12)) initials.add(given[1]!), variations.push('middle initial');
    else if (given.length >= 1 && surnames.length >= 2 && rng.chance(0.05)) initials.add(given[0]!), variations.push('first initial');
  } else if (kind === 'person' && parts.length >= 3 && rng.chance(0.25)) {
    parts = parts.filter((_, k) => k !== parts.length - 1 - (rng.chance(0.5) ? 0 : 1));
    variations.push('part dropped');
  }
  const kept = [...given, ...surnames, ...parts].filter((t) => !initials.has(t));
  let words = [...given, ...surnames, ...parts].map((t) => (initials.has(t) ? `${t[0]}.` : t));
  // Noise on one or two words: typos, respellings, accents.
  // At most one kind of noise per word: a typo, two typos in a long word, or a respelling.
  const touched = new Set<number>();
  // A one-letter change to a name of one short word ("KPD", "Dido") makes another name, not a
  // recognisable typo: such names keep their spelling.
  const typoMin = words.length === 1 ? 5 : 3;
  if (rng.chance(0.3)) words = mutateOne(words, rng, typo, touched, typoMin) ?? words, variations.push('typo');
  if (rng.chance(0.04)) words = mutateOne(words, rng, (w) => typo(typo(w, rng), rng), touched, 9) ?? words, variations.push('two typos');
  if (rng.chance(0.2)) {
    const next = mutateOne(words, rng, respell, touched, 3);
    if (next) (words = next), variations.push('respelled');
  }
  if (rng.chance(0.35)) (words = words.map((w) => (rng.chance(0.5) ? accent(w, rng) : w))), variations.push('accents');
  let text: string;
  if (kind === 'person' && surnames.length && given.length && rng.chance(0.2)) {
    const g = words.slice(0, given.length);
    const s = words.slice(given.length);
    text = `${s.join(' ').toUpperCase()}, ${g.join(' ')}`;
    variations.push('comma order');
  } else {
    if (rng.chance(0.12)) rng.shuffle(words), variations.push('shuffled');
    text = words.map((w) => caseOf(w, rng)).join(' ');
  }
  if (kind === 'person' && rng.chance(0.1)) (text = `${rng.pick(HONORIFICS)} ${text}`), variations.push('honorific');
  if (kind === 'organization' && rng.chance(0.2)) (text = `${text} ${rng.pick(LEGAL_FORMS)}`), variations.push('legal form');
  return { text, target, kept, variations };
}

function tokensOf(name: string, kind: 'person' | 'organization'): string[] {
  return parseName(name, kind).tokens.map((t) => t.text);
}

function mutateOne(words: string[], rng: Rng, fn: (w: string, rng: Rng) => string | null, touched: Set<number>, minLength = 5): string[] | null {
  const eligible = words.map((w, k) => (w.length >= minLength && !touched.has(k) ? k : -1)).filter((k) => k >= 0);
  if (!eligible.length) return null;
  // A longer word has more letters to get wrong: words are picked in proportion to length.
  let r = rng.next() * eligible.reduce((s, k) => s + words[k]!.length, 0);
  let k = eligible[eligible.length - 1]!;
  for (const e of eligible) {
    r -= words[e]!.length;
    if (r < 0) {
      k = e;
      break;
    }
  }
  touched.add(k);
  const w = fn(words[k]!, rng);
  if (w === null || w === words[k]) return null;
  const out = [...words];
  out[k] = w;
  return out;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function typo(w: string, rng: Rng): string {
  // Typing errors fall on the first letter less often than elsewhere, but they do.
  const i = rng.chance(0.08) ? 0 : 1 + rng.int(w.length - 1);
  switch (rng.int(4)) {
    case 0:
      return w.slice(0, i) + rng.pick([...LETTERS]) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + w.slice(i + 1);
    case 2:
      return w.slice(0, i) + rng.pick([...LETTERS]) + w.slice(i);
    default:
      return i < w.length - 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i - 1) + w[i] + w[i - 1]!;
  }
}

function respell(w: string, rng: Rng): string | null {
  const options = RESPELL.filter(([re]) => re.test(w));
  if (!options.length) return null;
  const [re, to] = rng.pick(options);
  return w.replace(re, to);
}

function accent(w: string, rng: Rng): string {
  const spots = [...w].map((c, k) => (ACCENT[c] ? k : -1)).filter((k) => k >= 0);
  if (!spots.length) return w;
  const k = rng.pick(spots);
  return w.slice(0, k) + ACCENT[w[k]!] + w.slice(k + 1);
}

function caseOf(w: string, rng: Rng): string {
  const r = rng.next();
  if (r < 0.5) return w[0]!.toUpperCase() + w.slice(1);
  if (r < 0.8) return w.toUpperCase();
  return w;
}
