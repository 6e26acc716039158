// How well two persons' names agree, as a level rather than a number: an exact repeat, a
// compatible longer or shorter form, a shared nickname or surname only, or a conflict
// ("Javier Duarte" and "César Duarte" share a surname and differ in the given name).
import type { PersonForms } from './person-forms.js';
import { givenNameList } from '../../extract/lexicon/lexicon.js';
import { fold } from './fold.js';

export type NameLevel = 'exact' | 'compatible' | 'alias' | 'surname' | 'weak' | 'conflict' | 'none';

/** Higher is stronger evidence of the same person. */
export const LEVEL_RANK: Record<NameLevel, number> = { exact: 5, compatible: 4, alias: 3, surname: 2, weak: 1, conflict: 0, none: 0 };

/**
 * Whether short[from…] appears in order within long[from…]. The helpers here index into the
 * word lists instead of slicing them or building sets: resolution compares names by the
 * million, and without the copies comparing two persons' forms took 0.05–0.08 µs instead of
 * 0.15–0.19 (same results over 500,000 random pairs).
 */
function isSubsequence(short: readonly string[], long: readonly string[], from = 0): boolean {
  let i = from;
  for (let j = from; j < long.length && i < short.length; j++) if (short[i] === long[j]) i++;
  return i >= short.length;
}

/** Whether a word of a[1…] is also in b[1…] (surnames shared). */
function shareSurname(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 1; i < a.length; i++) for (let j = 1; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

/** Whether `run` appears as it is within within[from…] (also used in sorting a person's names into forms). */
export function isRunOf(run: readonly string[], within: readonly string[], from = 0): boolean {
  for (let i = from; i + run.length <= within.length; i++) {
    if (run.every((t, j) => within[i + j] === t)) return true;
  }
  return false;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial stands for any name with that letter ("J. Duarte").
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

let givenNames: Set<string> | null = null;

/** Whether a folded word is a given name the lexicon knows, or an initial. */
function givenLike(word: string): boolean {
  givenNames ??= new Set(givenNameList().map(fold));
  return word.length === 1 || givenNames.has(word);
}

/**
 * The first surname of a full form: its first word after the first name that is not a known
 * given name or an initial ("Erick Ulises Ramírez": Ramírez), or its last word.
 */
function firstSurname(form: readonly string[]): string {
  let i = 1;
  while (i < form.length - 1 && givenLike(form[i]!)) i++;
  return form[i]!;
}

/**
 * Whether `word` may be the first surname of a full form: that word, or one of the given names
 * before it (a surname can be a given name too: "Carlos Santiago" for "Carlos Santiago Mora").
 */
function mayBeFirstSurname(form: readonly string[], word: string): boolean {
  for (let i = 1; i < form.length; i++) {
    if (form[i] === word) return true;
    if (!givenLike(form[i]!)) return false;
  }
  return false;
}

/** Two full forms (a given name and at least one surname each). */
export function compareFull(a: string[], b: string[]): NameLevel {
  if (sameWords(a, b)) return 'exact';
  const s = a.length <= b.length ? a : b;
  const l = s === a ? b : a;
  // Same given name, the shorter form's other words in order in the longer one, and the
  // shorter one's surname where the longer one's surnames start: "Alejandro Gertz" / "Alejandro
  // Gertz Manero", "Erick Ramírez" / "Erick Ulises Ramírez". A Spanish name is shortened to its
  // first surname: "Jaime Medina" is not how "Jaime Rangel Medina" is written short, and the
  // benchmark corpus linked such pairs of different persons (docs/knowledge-base.md).
  if (sameGiven(s[0]!, l[0]!) && isSubsequence(s, l, 1) && mayBeFirstSurname(l, firstSurname(s))) return 'compatible';
  // All words inside the longer form but the given name differs: perhaps a second given name used alone.
  if (isSubsequence(s, l)) return 'weak';
  if (shareSurname(s, l)) return 'conflict';
  return 'none';
}

/**
 * How a mention's names agree with a known entity's. Fullest names that conflict win over
 * agreement of shorter ones: "Emilio Rivas Mora" is not the entity known as both "Emilio Rivas"
 * and "Emilio Rivas Luna", though it fits the shorter name. A conflict between shorter forms
 * does not: "Susana Jorge Ochoa" (two given names) and "Susana Ochoa Rangel" (two surnames)
 * can both be written for Susana Jorge Ochoa Rangel.
 */
export function compareForms(m: PersonForms, c: PersonForms): NameLevel {
  if (m.primary.length > 1 && c.primary.length > 1 && m.full.length > 0 && c.full.length > 0
    && compareFull(m.primary, c.primary) === 'conflict') return 'conflict';
  let best: NameLevel = 'none';
  let conflict = false;
  for (const a of m.full) {
    for (const b of c.full) {
      const level = compareFull(a, b);
      if (level === 'conflict') conflict = true;
      else if (LEVEL_RANK[level] > LEVEL_RANK[best]) best = level;
    }
  }
  if (best === 'exact' || best === 'compatible') return best;
  if (conflict) return 'conflict';
  if (m.nicknames.some((n) => c.nicknames.includes(n))) return 'alias';
  if (best === 'weak') return best;
  // Both known by the same surname alone: the same unidentified person as far as names can tell
  // (otherwise every report saying only "Zamora" would add another entity).
  if (m.full.length === 0 && c.full.length === 0 && m.primary.length > 0 && sameWords(m.primary, c.primary)) return 'exact';
  // A surname-only side matches a surname of the other side's full forms, or its surname form.
  const surnameMatch = (short: PersonForms, other: PersonForms) => short.full.length === 0 && short.surnames.some((s) =>
    other.full.some((f) => isRunOf(s, f, 1)) || other.surnames.some((o) => sameWords(o, s)));
  if (surnameMatch(m, c) || surnameMatch(c, m)) return 'surname';
  return 'none';
}
