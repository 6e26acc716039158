// Sentences and tokens with character offsets. wink-nlp's lossless tokens ("U.S." kept whole)
// and its sentence ends (sentence-breaks.ts); we add offsets, folded forms, and split further at
// line breaks, since headlines and datelines end without a period.
import { sentenceBreaks } from './sentence-breaks.js';
import { isSeparator, winkTokensOfChunks } from './wink-tokens.js';
import { detached, stringMemo } from '../../string-memo.js';

export type Shape = 'cap' | 'upper' | 'lower' | 'num' | 'punct' | 'other';

export interface Token {
  index: number;
  start: number;
  end: number;
  /** The surface form. */
  text: string;
  /** Lower case, accents stripped, curly apostrophes straightened: the form lexicons use. */
  norm: string;
  shape: Shape;
  sentence: number;
  /** A line break (not just spaces) precedes the token. */
  newline: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

const foldAccented = stringMemo(20_000, (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'"));

/** Lower case without accents; "’" as "'". Cached: news text repeats its words. */
export function fold(s: string): string {
  // Plain ASCII words (most of them) need only lower case; the rest go through NFD, cached.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 96) { ascii = false; break; }
  }
  if (ascii) return s.toLowerCase();
  return foldAccented(s);
}

/** The shape of a token from its characters: plain char-code tests for ASCII (most tokens),
 *  Unicode properties only for the rest. */
function shapeOf(text: string): Shape {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if (c >= 97 && c <= 122) return 'lower';
  if (c >= 65 && c <= 90) {
    // All capitals of two letters or more ("PRI", "FGR", "U.S.") are acronyms.
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i);
      if (k >= 97 && k <= 122) return 'cap';
      if (k > 127) return unicodeShape(text);
      if (k >= 65 && k <= 90) letters++;
    }
    return letters >= 2 ? 'upper' : 'cap';
  }
  if (c < 128) return 'punct';
  return unicodeShape(text);
}

function unicodeShape(text: string): Shape {
  const first = text[0]!;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  if (lower === upper) return /^[\p{P}\p{S}]+$/u.test(text) ? 'punct' : 'other';
  if (first === lower) return 'lower';
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return 'cap';
}

/** Abbreviations after which wink may wrongly end a sentence, in either language. */
const NO_BREAK_AFTER = new Set(['ee.', 'uu.', 'sr.', 'sra.', 'lic.', 'gral.', 'no.', 'dr.', 'dra.', 'ing.', 'p.m.', 'a.m.', 'gob.']);

/** A token of a chunk (a run of text between separators), with what depends only on its text. */
interface ChunkToken {
  text: string;
  /** Offset in the chunk. */
  offset: number;
  norm: string;
  shape: Shape;
}

// Tokens remembered per chunk. wink's tokenizer took a fifth of the extraction time (most of it
// looking each chunk up in its lexicon); news repeats its words, so most chunks have been seen
// before and only the new ones go to wink, in one call per document. Remembering the folded form
// and shape as well spares that work per token, and the shared strings keep their hash codes for
// the lexicon lookups after this stage. The words that recur come back within a few thousand
// documents: tokenizing 60,000 documents of the benchmark corpus, a memo of 20,000 chunks
// (emptied when full) kept the heap at 28–31 MB and took 0.29 ms a document, and one of 100,000
// grew the heap from 30 to 41 MB and took 0.30 ms.
const CHUNK_TOKENS = new Map<string, readonly ChunkToken[]>();
const CHUNK_TOKENS_LIMIT = 20_000;

/** Forgets every remembered chunk: for the benchmark's worst case, where no chunk was seen before. */
export function forgetChunks(): void {
  CHUNK_TOKENS.clear();
}

function learnChunks(chunks: string[]): void {
  // A full cache is emptied before the batch, so that every chunk of the batch stays.
  if (CHUNK_TOKENS.size + chunks.length > CHUNK_TOKENS_LIMIT) CHUNK_TOKENS.clear();
  const values = winkTokensOfChunks(chunks);
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]!;
    let offset = 0;
    CHUNK_TOKENS.set(chunk, values[c]!.map((text) => {
      offset = chunk.indexOf(text, offset);
      const token = { text, offset, norm: fold(text), shape: shapeOf(text) };
      offset += text.length;
      return token;
    }));
  }
}

export function tokenize(text: string): Tokenized {
  // The chunks: where each starts and ends, and whether a line break comes before it.
  const starts: number[] = [];
  const ends: number[] = [];
  const afterNewline: boolean[] = [];
  let newline = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) { if (c === 10) newline = true; i++; continue; }
    let j = i + 1;
    while (j < text.length && !isSeparator(text.charCodeAt(j))) j++;
    starts.push(i);
    ends.push(j);
    afterNewline.push(newline);
    newline = false;
    i = j;
  }
  const keys: string[] = new Array(starts.length);
  const known: (readonly ChunkToken[] | undefined)[] = new Array(starts.length);
  let unseen: Set<string> | null = null;
  for (let k = 0; k < starts.length; k++) {
    keys[k] = text.slice(starts[k], ends[k]);
    known[k] = CHUNK_TOKENS.get(keys[k]!);
    if (!known[k]) (unseen ??= new Set()).add(keys[k]!);
  }
  // Remembered chunks are copies: a slice of the text would keep the whole document alive.
  if (unseen) learnChunks([...unseen].map(detached));

  const tokens: Token[] = [];
  // A line break before a chunk without tokens (zero-width characters) counts for the next token.
  let pendingNewline = false;
  for (let k = 0; k < starts.length; k++) {
    pendingNewline ||= afterNewline[k]!;
    for (const t of known[k] ?? CHUNK_TOKENS.get(keys[k]!)!) {
      const start = starts[k]! + t.offset;
      tokens.push({ index: tokens.length, start, end: start + t.text.length, text: t.text, norm: t.norm, shape: t.shape, sentence: 0, newline: pendingNewline });
      pendingNewline = false;
    }
  }
  return { tokens, sentences: groupSentences(tokens, sentenceBreaks(text, tokens)) };
}

/** Sentences from line breaks and wink's sentence ends, less the ends wink gets wrong in Spanish
 *  and news text; sets each token's sentence. */
function groupSentences(tokens: Token[], breaks: Uint8Array): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence | null = null;
  const close = () => {
    if (current && current.last > current.first) {
      current.end = tokens[current.last - 1]!.end;
      sentences.push(current);
    }
    current = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newline) close();
    const prev = tokens[i - 1];
    // "EE. UU.": wink ends a sentence after the first half of the abbreviation.
    const prev2 = tokens[i - 2];
    const splitAbbreviation = prev?.text === '.' && !!prev2 && /^\p{Lu}{1,3}$/u.test(prev2.text) && /^\p{Lu}{1,3}$/u.test(t.text);
    const winkBreak = breaks[i] === 1 && !t.newline && !(prev && NO_BREAK_AFTER.has(prev.norm)) && !splitAbbreviation;
    // A "sentence" that starts in lower case continues the previous one ("EE. UU. y la FGR").
    if (winkBreak && current && t.shape !== 'lower') close();
    if (!current) current = { index: sentences.length, start: t.start, end: t.start, first: i, last: i };
    t.sentence = current.index;
    current.last = i + 1;
  }
  close();
  return sentences;
}
