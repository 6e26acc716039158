// Where a sentence ends inside a line, as wink-nlp's sentence splitter decides it. Running
// wink's splitter needs wink's tokenizer over the whole text, which wink-tokens.ts avoids; its
// decisions after ".", "!" and "?" follow the fixed rules below (checked against wink on the
// project's articles and on thousands of generated ones, see sentence-breaks.test.ts). Only an
// abbreviation ("U.S.", "Inc.") needs wink's lexicon: it ends a sentence before some capitalised
// words ("the U.S. The next day") and not before others ("the U.S. Treasury"), so wink is asked
// about that pair of tokens, once per pair. Piles of punctuation that news text does not use
// (".) ?", "EE.UU..") may still end differently from wink.
import { isSeparator, its, nlp } from './wink-tokens.js';
import { detached } from '../../string-memo.js';

export interface BreakToken {
  text: string;
  start: number;
  end: number;
  /** A line break precedes the token. */
  newline: boolean;
}

/** Closing brackets stay with the sentence they close, spaced or not. */
const CLOSING_BRACKETS = new Set([')', ']', '}']);
/** One closing quote stays with the sentence: a curly one always, a straight one when it
 *  touches the punctuation (`said." He`); a spaced straight quote opens the next (`. "He`). */
const CURLY_CLOSERS = new Set(['”', '’']);
const STRAIGHT_QUOTES = new Set(['"', "'"]);
/** After a period these continue the sentence: ". , -- ." are not sentence ends. */
const AFTER_PERIOD_CONTINUES = new Set([',', '-', '–', '—', '.']);

const ABBREVIATION_ENDS = new Map<string, boolean>();

/** For each token, 1 when a sentence starts there. Tokens after a line break are left at 0:
 *  line breaks are handled by the caller. */
export function sentenceBreaks(text: string, tokens: readonly BreakToken[]): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  const n = tokens.length;
  const onLine = (k: number) => k < n && !tokens[k]!.newline;
  for (let j = 0; j < n; j++) {
    const v = tokens[j]!.text;
    if (v === '.' || v === '!' || v === '?') {
      // ". ." is not two sentence ends.
      if (v === '.' && j > 0 && !tokens[j]!.newline && tokens[j - 1]!.text === '.') continue;
      let k = j + 1;
      if (v !== '.') while (onLine(k) && (tokens[k]!.text === '!' || tokens[k]!.text === '?')) k++;
      let quoteTaken = false;
      while (onLine(k)) {
        const t = tokens[k]!.text;
        if (CLOSING_BRACKETS.has(t)) { k++; continue; }
        if (!quoteTaken && (CURLY_CLOSERS.has(t) || STRAIGHT_QUOTES.has(t) && tokens[k]!.start === tokens[k - 1]!.end)) {
          k++;
          quoteTaken = true;
          continue;
        }
        break;
      }
      if (!onLine(k)) continue;
      if (v === '.' && k === j + 1 && AFTER_PERIOD_CONTINUES.has(tokens[k]!.text)) continue;
      breaks[k] = 1;
    } else if (isAbbreviation(v) && onLine(j + 1) && startsUpper(tokens[j + 1]!.text)) {
      if (abbreviationEnds(text, tokens, j)) breaks[j + 1] = 1;
    }
  }
  return breaks;
}

/** "U.S.", "Inc.", "p.m.": a token of two characters or more that ends in a period. */
function isAbbreviation(v: string): boolean {
  return v.length >= 2 && v.charCodeAt(v.length - 1) === 46 && v !== '..' && !/^\.+$/.test(v);
}

function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const first = v[0]!;
  return first !== first.toLowerCase();
}

/** Whether wink ends a sentence after the abbreviation at j. wink is asked with the text from
 *  the abbreviation's chunk to the chunk of the token after next (its rule looks that far), so
 *  that it tokenizes the probe as it tokenized the text. */
function abbreviationEnds(text: string, tokens: readonly BreakToken[], j: number): boolean {
  const next = tokens[j + 1]!;
  const last = j + 2 < tokens.length && !tokens[j + 2]!.newline ? tokens[j + 2]! : next;
  let from = tokens[j]!.start;
  while (from > 0 && !isSeparator(text.charCodeAt(from - 1))) from--;
  let to = last.end;
  while (to < text.length && !isSeparator(text.charCodeAt(to))) to++;
  const probe = text.slice(from, to);
  const key = `${next.start - from} ${probe}`;
  let ends = ABBREVIATION_ENDS.get(key);
  if (ends === undefined) {
    const doc = nlp.readDoc(probe);
    const values = doc.tokens().out(its.value) as string[];
    const starts = new Set((doc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[0]));
    ends = false;
    for (let i = 0, offset = 0; i < values.length; i++) {
      const start = probe.indexOf(values[i]!, offset);
      offset = start + values[i]!.length;
      if (start === next.start - from) { ends = starts.has(i); break; }
    }
    if (ABBREVIATION_ENDS.size >= 50_000) ABBREVIATION_ENDS.clear();
    // A copy: the probe is a slice of the document's text, which the key would keep alive.
    ABBREVIATION_ENDS.set(detached(key), ends);
  }
  return ends;
}
