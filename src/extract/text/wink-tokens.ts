// wink-nlp, loaded once, and its tokenizer applied to chunks of text. wink splits a text at runs
// of spaces and line breaks and then tokenizes each chunk on its own ("U.S.", "didn't" → "did" +
// "n't", "Guzmán's" whole): a chunk's tokens never depend on its neighbours, so tokens.ts can
// remember them per chunk and send wink only the chunks it has not seen.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The sentence splitter is loaded for sentence-breaks.ts, which asks wink about abbreviations.
export const nlp = winkNLP(model, ['sbd']);
export const its = nlp.its;

/** wink's chunk separators: spaces (with the no-break and thin ones) and tabs/line breaks. */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0
    || c >= 0x2002 && c <= 0x2005 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** wink's token values for each chunk (text without separators), from one wink call over the
 *  chunks joined by spaces. A chunk of zero-width characters may have no token. */
export function winkTokensOfChunks(chunks: readonly string[]): string[][] {
  const out: string[][] = chunks.map(() => []);
  if (!chunks.length) return out;
  const joined = chunks.join(' ');
  const values = nlp.readDoc(joined).tokens().out(its.value) as string[];
  let chunk = 0;
  let chunkEnd = chunks[0]!.length;
  let offset = 0;
  for (const value of values) {
    // wink's tokens are lossless: each value stands in the text at or after the last one.
    const start = joined.indexOf(value, offset);
    offset = start + value.length;
    while (start >= chunkEnd) chunkEnd += 1 + chunks[++chunk]!.length;
    out[chunk]!.push(value);
  }
  return out;
}
