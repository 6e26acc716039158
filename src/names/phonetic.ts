// Phonetic keys for name tokens: one tuned to Spanish spelling (b/v, c/s/z, ll/y, silent h,
// g/j before e/i, qu/k) and Double Metaphone for English and transliterated names.
import { doubleMetaphone } from 'double-metaphone';

// Ordered rewrites; uppercase letters are internal markers (X = "ch/sh" sound, G = hard g)
// so later rules cannot rewrite them again. No maintained package covers Spanish names
// (Double Metaphone knows a few Spanish words only), so this small rule set is ours.
const RULES: Array<[RegExp, string]> = [
  // English spellings of transliterated vowels ("Neekita", "Yousef", "Mooza").
  [/ee/g, 'i'],
  [/o[ou]/g, 'u'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/[cs]h/g, 'X'],
  [/ll/g, 'y'],
  [/qu/g, 'k'],
  [/gu(?=[ei])/g, 'G'],
  [/g(?=[ei])/g, 'j'],
  [/g/g, 'G'],
  [/c(?=[ei])/g, 's'],
  [/[ckq]/g, 'k'],
  [/tz/g, 's'],
  [/z/g, 's'],
  [/x/g, 'ks'],
  [/v/g, 'b'],
  [/w/g, 'u'],
  [/y(?=[aeiou])/g, 'Y'],
  [/y/g, 'i'],
  [/h/g, ''],
];

/** Spanish-oriented sound key: "Villalobos" and "Bilyalobos", "Osiel" and "Ociel" agree. */
export function spanishKey(token: string): string {
  let s = token;
  for (const [re, to] of RULES) s = s.replace(re, to);
  // Doubled letters (after the rewrites: "ss", "bb", "rr") are not distinctive in names.
  s = s.replace(/(.)\1+/g, '$1');
  return s.toLowerCase();
}

/** Double Metaphone primary key (vowels dropped), the English-side key. */
export function englishKey(token: string): string {
  return doubleMetaphone(token)[0];
}

const SKELETON_RULES: Array<[RegExp, string]> = [
  [/kh/g, 'x'],
  [/sh/g, 'S'],
  [/[td]h/g, 't'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/[qc]/g, 'k'],
  [/[aeiouyw]/g, ''],
];

/**
 * Consonant skeleton, for names transliterated from scripts that write no short vowels:
 * "mhmd" (محمد) and "Mohamed", "msh" (משה) and "Moshe" share "mhmd" and "mS". Y and w are
 * dropped too, as they stand for long vowels as often as for consonants.
 */
export function consonantSkeleton(token: string): string {
  let s = token;
  for (const [re, to] of SKELETON_RULES) s = s.replace(re, to);
  return s.replace(/(.)\1+/g, '$1');
}
