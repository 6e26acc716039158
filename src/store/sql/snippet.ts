// Search terms and result snippets, computed the same way for both databases so `dossier
// search` prints the same thing whichever store holds the documents.
import { foldName } from '../../names/normalize.js';

/** The words of a query, folded like the index folds them; quotes and operators are not syntax here. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldName(query).split(' ').filter(Boolean))].slice(0, 32);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** About `width` characters of the text around the first matching word, matches in [brackets]. */
export function makeSnippet(text: string, terms: string[], width = 160): string {
  const wanted = new Set(terms);
  const hits: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(foldName(m[0]))) hits.push({ start: m.index, end: m.index + m[0].length });
  }
  const first = hits[0];
  const from = first ? Math.max(0, first.start - Math.floor(width / 3)) : 0;
  const to = Math.min(text.length, from + width);
  let out = '';
  let at = from;
  for (const h of hits) {
    if (h.start < from || h.end > to) continue;
    out += `${text.slice(at, h.start)}[${text.slice(h.start, h.end)}]`;
    at = h.end;
  }
  out += text.slice(at, to);
  return `${from > 0 ? '…' : ''}${out.replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}
