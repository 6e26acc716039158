// Sentences and tokens with character offsets. wink-nlp's lossless tokenizer and sentence
// splitter do the work (they keep "U.S." whole); we add offsets, folded forms, and split
// further at line breaks, since headlines and datelines end without a period.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

// Only the sentence splitter runs: POS tags are unreliable on Spanish and the rules after
// this stage need none, which keeps the whole pipeline fast.
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

const FOLD_CACHE = new Map<string, string>();

/** Lower case without accents; "’" as "'". Cached: news text repeats its words. */
export function fold(s: string): string {
  // Plain ASCII words (most of them) need only lower case; the rest go through NFD, cached.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 96) { ascii = false; break; }
  }
  if (ascii) return s.toLowerCase();
  let f = FOLD_CACHE.get(s);
  if (f === undefined) {
    f = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`´]/g, "'");
    if (FOLD_CACHE.size > 200_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, f);
  }
  return f;
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

export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  // Sentence boundaries as token indexes where a sentence starts.
  const starts = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) starts.add(span[0]);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  let pendingNewline = false;
  let current: Sentence | null = null;
  const close = () => {
    if (current && current.last > current.first) {
      const lastTok = tokens[current.last - 1]!;
      current.end = lastTok.end;
      sentences.push(current);
    }
    current = null;
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // The tokenizer is lossless: each value stands in the text at or after the last one.
    const start = text.indexOf(value, offset);
    let gapHasNewline = false;
    for (let k = offset; k < start; k++) if (text.charCodeAt(k) === 10) { gapHasNewline = true; break; }
    offset = start + value.length;
    // wink emits whitespace runs with line breaks as tokens of their own.
    const c0 = value.charCodeAt(0);
    if ((c0 === 10 || c0 === 13 || c0 === 32 || c0 === 9) && value.trim() === '') {
      if (value.includes('\n')) { close(); pendingNewline = true; }
      continue;
    }
    const newline = pendingNewline || gapHasNewline;
    pendingNewline = false;
    if (newline) close();
    const prev = tokens[tokens.length - 1];
    // "EE. UU.": wink ends a sentence after the first half of the abbreviation.
    const prev2 = tokens[tokens.length - 2];
    const splitAbbreviation = prev?.text === '.' && !!prev2 && /^\p{Lu}{1,3}$/u.test(prev2.text) && /^\p{Lu}{1,3}$/u.test(value);
    const winkBreak = starts.has(i) && !newline && !(prev && NO_BREAK_AFTER.has(prev.norm)) && !splitAbbreviation || starts.has(i) && newline;
    // A "sentence" that starts in lower case continues the previous one ("EE. UU. y la FGR").
    const shape = shapeOf(value);
    if (winkBreak && current && shape !== 'lower') close();
    if (!current) current = { index: sentences.length, start, end: start, first: tokens.length, last: tokens.length };
    const cur: Sentence = current;
    tokens.push({
      index: tokens.length,
      start,
      end: offset,
      text: value,
      norm: fold(value),
      shape,
      sentence: cur.index,
      newline,
    });
    cur.last = tokens.length;
  }
  close();
  return { tokens, sentences };
}
