// Name normalization shared by entity resolution (kb) and screening (screen): one way to
// fold accents, case and punctuation so that "María Eugenia Campos Galván" and
// "MARIA EUGENIA CAMPOS GALVAN" compare equal everywhere.

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
