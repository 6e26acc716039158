// How a person is written: full forms (a given name and surnames), surname-only forms
// ("Peña Nieto", "Sheinbaum") and nicknames ("El Tomate"), and the lookup keys built from them.
import { HONORIFICS, PARTICLES } from '../../names/affixes.js';
import { fold } from './fold.js';
import { isRunOf } from './compare-names.js';
import { detached, sharedStrings, stringMemo } from '../../string-memo.js';

// Titles an extractor may leave at the front of a name ("President Claudia Sheinbaum"): the
// names module's honorifics plus role words it does not treat as honorifics.
const TITLES = new Set([
  ...HONORIFICS, 'gov', 'deputy', 'rep', 'judge', 'juez', 'jueza', 'minister', 'ministro', 'ministra', 'secretary',
  'secretario', 'secretaria', 'attorney', 'fiscal', 'former', 'ex', 'expresidente', 'exgobernador', 'exgobernadora', 'then',
  'senor', 'senora',
]);

/** Spanish and English articles that open a nickname ("El Chapo", "La Tuta"). */
const NICK_ARTICLES = new Set(['el', 'la', 'los', 'las', 'the']);

/**
 * One string per distinct word, shared by the token lists of every name using it and so by the
 * person forms kept for every cached candidate, instead of a copy per name: about 150 bytes less
 * per cached person, and the words compared are the same objects (bench:ingest).
 */
export const sharedToken = sharedStrings(200_000);

/**
 * Folded tokens of a written person name without leading titles and without particles.
 * Resolution folds the same few thousand names over and over; a bounded memo saves most of it.
 */
export const personTokens = stringMemo(10_000, (raw) => {
  const all = fold(raw).split(' ').filter(Boolean).map(sharedToken);
  let start = 0;
  while (start < all.length - 1 && TITLES.has(all[start]!)) start++;
  const kept = all.slice(start).filter((t) => !PARTICLES.has(t));
  // Copied to their length: an array grown by filter keeps room for more, and this one is kept.
  return kept.length ? kept.slice() : all.slice(start);
});

export interface PersonForms {
  /** The fullest written form's tokens. */
  primary: string[];
  /** Forms with a given name and at least one surname. */
  full: string[][];
  /** Surname-only forms: each a contiguous run of a full form's surnames, or the only form there is. */
  surnames: string[][];
  /** Nicknames and other forms sharing no word with the full name, folded whole. */
  nicknames: string[];
}

function isNickname(raw: string): boolean {
  const words = fold(raw).split(' ');
  return (words.length >= 2 && NICK_ARTICLES.has(words[0]!)) || /["“”«»']/.test(raw.trim()[0] ?? '');
}

// Resolution sorts the same candidates' names for mention after mention (a candidate's names
// change only when it learns one): the forms are memoized by the names, in order. Callers only
// read the result.
const formsMemo = new Map<string, PersonForms>();

/** Sorts a person's written names into full forms, surname forms and nicknames. */
export function personForms(names: string[]): PersonForms {
  const key = names.join('\u0001');
  let forms = formsMemo.get(key);
  if (!forms) {
    if (formsMemo.size > 5_000) formsMemo.clear();
    forms = sortForms(names);
    // A copy: one name joins to itself, a slice of its document's text.
    formsMemo.set(detached(key), forms);
  }
  return forms;
}

/**
 * A person written by one name alone, a surname as a rule ("Morales", "Gov. Zavaleta"): no
 * given name and surname, and no nickname ("El Chapo" names one person; "Morales" any of
 * them). Resolution gathers such reports in one entity, and its dossier says so.
 */
export function isLoneName(forms: PersonForms): boolean {
  return forms.full.length === 0 && forms.nicknames.length === 0 && forms.surnames.length > 0;
}

/** Shared by the forms of every person without a nickname (callers only read forms). */
const NO_NICKNAMES: string[] = [];

/**
 * One-word surname forms, one array per word, shared by the forms of every person with that
 * surname (callers only read forms): about 110 bytes less per cached person (two surnames).
 */
const surnameForm = stringMemo(50_000, (word) => [word]);

/**
 * Forms put together again (candidate-forms.ts unpacks them) sharing what sorted forms share:
 * one-word surname forms and the empty nickname list.
 */
export function sharedForm(f: PersonForms): PersonForms {
  return {
    primary: f.primary, full: f.full,
    surnames: f.surnames.map((s) => (s.length === 1 ? surnameForm(s[0]!) : s)),
    nicknames: f.nicknames.length ? f.nicknames : NO_NICKNAMES,
  };
}

function sortForms(names: string[]): PersonForms {
  const written = names.filter((n) => fold(n) !== '');
  const plain = written.filter((n) => !isNickname(n)).map(personTokens).filter((t) => t.length > 0);
  const primary = plain.reduce<string[]>((best, t) => (t.length > best.length ? t : best), []);
  const full: string[][] = [];
  const surnames: string[][] = [];
  const nicknames = written.filter(isNickname).map(fold);
  const seen = new Set<string>();
  for (const t of plain) {
    const key = t.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    if (t.length === 1 && primary.length > 1) {
      // One word: a surname of the full name, the given name alone (too weak to keep), or a nickname.
      if (primary.slice(1).includes(t[0]!)) surnames.push(surnameForm(t[0]!));
      else if (t[0] !== primary[0]) nicknames.push(key);
    } else if (t.length === 1 || (primary.length > t.length && isRunOf(t, primary, 1))) {
      surnames.push(t.length === 1 ? surnameForm(t[0]!) : t);
    } else if (primary.length > 1 && !t.some((w) => primary.includes(w))) {
      nicknames.push(key);
    } else {
      full.push(t);
    }
  }
  // The surnames of every full form can stand alone ("Sheinbaum" for "Claudia Sheinbaum").
  for (const f of full) {
    for (let i = 1; i < f.length; i++) {
      const word = f[i]!;
      if (!surnames.some((s) => s.join(' ') === word)) surnames.push(surnameForm(word));
    }
  }
  // Arrays grown by push keep room for more elements (up to 17 slots for two or three); the
  // forms are kept with every cached candidate, so they are copied to their length (a spread
  // Set already is).
  return { primary, full: full.slice(), surnames: surnames.slice(), nicknames: nicknames.length ? [...new Set(nicknames)] : NO_NICKNAMES };
}

/**
 * Lookup keys. `x:whole` for every multi-word form and nickname (an exact repeat), and for a
 * lone surname only when the person is known by nothing more; `p:given|surname` for every
 * surname of a full form (a full name finds the same person written longer or shorter);
 * `s:surname` for surnames.
 */
export function personKeys(forms: PersonForms, names: string[]): string[] {
  const keys = new Set<string>(wholeKeys(forms, names));
  for (const f of forms.full) for (let i = 1; i < f.length; i++) keys.add(`p:${f[0]}|${f[i]}`);
  for (const s of forms.surnames) for (const t of s) keys.add(`s:${t}`);
  return [...keys];
}

/**
 * The keys a new mention is looked up by, most specific first (the store caps how many
 * entities a lookup returns, so exact repeats must come before a common surname's namesakes).
 */
export function personLookupKeys(forms: PersonForms, names: string[]): string[] {
  const keys = new Set<string>(personExactKeys(forms, names));
  for (const f of forms.full) for (let i = 1; i < f.length; i++) keys.add(`p:${f[0]}|${f[i]}`);
  if (forms.full.length === 0) for (const s of forms.surnames) for (const t of s) keys.add(`s:${t}`);
  return [...keys];
}

/**
 * The keys of exact repeats alone (`x:`): every entity whose name compares as exact with a
 * full name holds one of them (compare-names.ts: the same words in the same order).
 */
export function personExactKeys(forms: PersonForms, names: string[]): string[] {
  return [...new Set(wholeKeys(forms, names))];
}

function wholeKeys(forms: PersonForms, names: string[]): string[] {
  const out: string[] = [];
  for (const n of forms.nicknames) out.push(`x:${n}`);
  for (const n of names) {
    const t = personTokens(n);
    if (t.length > 1 || (t.length === 1 && forms.full.length === 0)) out.push(`x:${t.join(' ')}`);
  }
  return out;
}
