// wink-nlp, loaded once, and its tokenizer applied to chunks of text. wink splits a text at runs
// of spaces and line breaks and then tokenizes each chunk on its own ("U.S.", "didn't" → "did" +
// "n't", "Guzmán's" whole): a chunk's tokens never depend on its neighbours, so tokens.ts can
// remember them per chunk and send wink only the chunks it has not seen.
import winkNLP, { type Document, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * A wink instance replaced by a fresh one once it has read `maxTokens` tokens. wink keeps every
 * word it has not seen before in its instance's lexicon, about 250 bytes each, for as long as
 * the instance lives (measured over 200,000 invented words: 50 MB); news brings new names every
 * day, so one instance for an ingest run grew with the corpus. A fresh instance costs about
 * 150 ms to make; every token read counts, known or not, so what one instance adds stays below
 * `maxTokens` words.
 */
export class RenewedWink {
  private instance: WinkMethods;
  private tokensRead = 0;
  /** Instances made after the first. */
  renewals = 0;

  constructor(readonly maxTokens: number, private readonly make: () => WinkMethods) {
    this.instance = make();
  }

  get its(): WinkMethods['its'] {
    return this.instance.its;
  }

  /** wink's document for `text` (a document keeps working after its instance is replaced). */
  readDoc(text: string): Document {
    if (this.tokensRead >= this.maxTokens) {
      this.instance = this.make();
      this.tokensRead = 0;
      this.renewals++;
    }
    const doc = this.instance.readDoc(text);
    this.tokensRead += doc.tokens().length();
    return doc;
  }
}

/**
 * Tokens an instance reads before it is replaced (its lexicon grows by 5 MB at most): an ingest
 * run sends wink only the chunks it has not remembered (tokens.ts) and the abbreviations it asks
 * about (sentence-breaks.ts), about 20,000 tokens per 17,000 documents of the benchmark corpus.
 */
export const WINK_TOKENS = 20_000;

// The sentence splitter is loaded for sentence-breaks.ts, which asks wink about abbreviations.
export const nlp = new RenewedWink(WINK_TOKENS, () => winkNLP(model, ['sbd']));
// wink's `its` helpers are one module, the same for every instance.
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
