// Name normalization shared by entity resolution (kb) and screening (screen): one way to
// fold accents, case and punctuation so that "María Eugenia Campos Galván" and
// "MARIA EUGENIA CAMPOS GALVAN" compare equal everywhere.
import anyAscii from 'any-ascii';

/** Accent-, case- and punctuation-folded form: "Ávila-Olmeda, Marina" → "avila olmeda marina". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded name split into tokens. */
export function nameTokens(s: string): string[] {
  const f = foldName(s);
  return f ? f.split(' ') : [];
}

// Latin letters (with their accents) and digits; anything else is another script.
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Tokens for matching: like nameTokens, but other scripts are transliterated to ASCII
 * (Cyrillic, Greek, Arabic…) so a Latin-script list can match them, and, for organizations,
 * dotted abbreviations stay one word ("S.A. de C.V." → sa de cv) so legal forms can be
 * recognised; a person's "J.R." stays two initials.
 */
export function matchTokens(s: string, joinDotted = false): string[] {
  let text = joinDotted ? s.replace(/(?<=\p{L})\.(?=\p{L})/gu, '') : s;
  if (NON_LATIN.test(text)) text = anyAscii(text);
  return nameTokens(text).map((t) => t.replace(/ß/g, 'ss'));
}

// Scripts whose usual romanisation drops short vowels (محمد → "mhmd", משה → "msh").
const VOWELLESS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** True when a name is written in a script whose transliteration has no short vowels. */
export function isVowellessScript(s: string): boolean {
  return VOWELLESS.test(s);
}
