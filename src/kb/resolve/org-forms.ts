// Organizations, places and their names: compared whole, after folding and without a leading
// article ("the Sinaloa Cartel" = "Sinaloa Cartel"), acronyms included as written aliases.
import { fold } from './fold.js';

const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las']);

export function orgKey(raw: string): string {
  const words = fold(raw).split(' ').filter(Boolean);
  while (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

export function orgKeys(names: string[]): string[] {
  return [...new Set(names.map(orgKey).filter(Boolean).map((k) => `x:${k}`))];
}

/** Acronyms among written names ("PRI", "F.G.E."): they identify a body, so two different ones mean two bodies. */
export function acronyms(names: string[]): Set<string> {
  return new Set(names.map((n) => n.replace(/\./g, '').trim()).filter((n) => /^[A-Z][A-Z0-9]{1,6}$/.test(n)));
}
