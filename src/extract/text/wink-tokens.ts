// wink-nlp's tokens, remembered per whitespace-separated chunk. wink splits the text at runs of
// spaces and line breaks and then tokenizes each chunk on its own ("U.S.", "didn't" → "did" +
// "n't", "Guzmán's" whole): a chunk's tokens never depend on its neighbours. News repeats its
// words, so most chunks have been seen before; only the new ones go through wink, in one call
// per document. This took wink's tokenizer (a fifth of the extraction time, most of it looking
// each chunk up in its lexicon) off the hot path while keeping its tokens exactly.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The sentence splitter is loaded for sentence-breaks.ts, which asks wink about abbreviations.
export const nlp = winkNLP(model, ['sbd']);
export const its = nlp.its;

const CHUNK_CACHE = new Map<string, readonly string[]>();
const CHUNK_CACHE_LIMIT = 200_000;

/** wink's chunk separators: spaces (with the no-break and thin ones) and tabs/line breaks. */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0
    || c >= 0x2002 && c <= 0x2005 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** The text's chunks: maximal runs of characters that are not separators. */
export function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      if (start >= 0) { chunks.push(text.slice(start, i)); start = -1; }
    } else if (start < 0) start = i;
  }
  if (start >= 0) chunks.push(text.slice(start));
  return chunks;
}

/** Tokenizes chunks not seen before with one wink call (joined by spaces) and remembers them.
 *  A full cache is emptied first, so that every chunk of the batch stays. */
function learnChunks(chunks: string[]): void {
  if (CHUNK_CACHE.size + chunks.length > CHUNK_CACHE_LIMIT) CHUNK_CACHE.clear();
  const joined = chunks.join(' ');
  const values = nlp.readDoc(joined).tokens().out(its.value) as string[];
  let chunk = 0;
  let chunkEnd = chunks[0]!.length;
  let offset = 0;
  let current: string[] = [];
  for (const value of values) {
    const start = joined.indexOf(value, offset);
    offset = start + value.length;
    while (start >= chunkEnd) {
      CHUNK_CACHE.set(chunks[chunk]!, current);
      current = [];
      chunk++;
      chunkEnd += 1 + chunks[chunk]!.length;
    }
    current.push(value);
  }
  CHUNK_CACHE.set(chunks[chunk]!, current);
  // Chunks wink gives no token for (only zero-width characters, say) are remembered as such.
  while (++chunk < chunks.length) CHUNK_CACHE.set(chunks[chunk]!, []);
}

/** The values of wink's tokens for the text, in order, without its whitespace tokens. */
export function tokenValues(text: string): string[] {
  const chunks = chunksOf(text);
  const known: (readonly string[] | undefined)[] = new Array(chunks.length);
  let unseen: Set<string> | null = null;
  for (let i = 0; i < chunks.length; i++) {
    known[i] = CHUNK_CACHE.get(chunks[i]!);
    if (!known[i]) (unseen ??= new Set()).add(chunks[i]!);
  }
  if (unseen) learnChunks([...unseen]);
  const values: string[] = [];
  for (let i = 0; i < chunks.length; i++) for (const v of known[i] ?? CHUNK_CACHE.get(chunks[i]!)!) values.push(v);
  return values;
}
