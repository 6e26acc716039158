// Search hits to the wire: the store's snippet marks matches as [word]; the brackets become
// parts, and a bracketed run that is not a searched word (brackets in the article itself) stays text.
import { foldName } from '../../names/normalize.js';
import type { SearchHit as StoredHit } from '../../store/records.js';
import type { SearchHit } from '../routes/search/schema.js';

export function snippetParts(snippet: string, query: string): SearchHit['snippet'] {
  // Folded like the store folds search terms.
  const terms = new Set(foldName(query).split(' ').filter(Boolean));
  const parts: SearchHit['snippet'] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let at = 0;
  for (const m of snippet.matchAll(/\[([^\[\]]+)\]/g)) {
    const isTerm = terms.has(foldName(m[1]!));
    push(snippet.slice(at, m.index), false);
    push(isTerm ? m[1]! : m[0], isTerm);
    at = m.index + m[0].length;
  }
  push(snippet.slice(at), false);
  return parts;
}

export function presentSearchHit(h: StoredHit, query: string): SearchHit {
  return { id: h.id, title: h.title, outlet: h.outlet, published: h.published, snippet: snippetParts(h.snippet, query) };
}
