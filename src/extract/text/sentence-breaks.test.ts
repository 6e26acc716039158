import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BreakToken, sentenceBreaks } from './sentence-breaks.js';
import { its, nlp } from './wink-tokens.js';

/** wink's tokens and, for each token inside a line, whether wink's splitter starts a sentence
 *  there: the reference the rules must reproduce. */
function winkReference(text: string): { tokens: BreakToken[]; starts: boolean[] } {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spanStarts = new Set((doc.sentences().out(its.span) as unknown as [number, number][]).map((s) => s[0]));
  const tokens: BreakToken[] = [];
  const starts: boolean[] = [];
  let offset = 0;
  let newline = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const start = text.indexOf(v, offset);
    if (text.slice(offset, start).includes('\n')) newline = true;
    offset = start + v.length;
    if (v.trim() === '') { if (v.includes('\n')) newline = true; continue; }
    tokens.push({ text: v, start, end: offset, newline });
    starts.push(spanStarts.has(i));
    newline = false;
  }
  return { tokens, starts };
}

/** Positions inside a line where the rules and wink disagree, as readable snippets. */
function disagreements(text: string): string[] {
  const { tokens, starts } = winkReference(text);
  const breaks = sentenceBreaks(text, tokens);
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.newline || (breaks[i] === 1) === starts[i]) continue;
    out.push(`${text.slice(tokens[Math.max(0, i - 3)]!.start, tokens[i]!.end)} (wink: ${starts[i] ? 'break' : 'no break'})`);
  }
  return out;
}

/** News-like paragraphs from a seeded generator: sentences of words and abbreviations, ended by
 *  the punctuation and quotes reporters use, joined by spaces or line breaks. */
function generated(seed: number, count: number): string[] {
  let s = seed;
  const rnd = () => {
    s = s + 0x6d2b79f5 | 0;
    let t = Math.imul(s ^ s >>> 15, 1 | s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const words = ['he', 'the', 'Mexico', 'said', 'police', 'in', 'el', 'gobernador', 'Smith', 'PRI', 'officials', 'two', '2019', '10,000',
    'AK-47', "didn't", "Guzmán's", 'ex-governor', 'U.S.', 'Inc.', 'No.', 'Dr.', 'Gov.', 'p.m.', 'Sept.', 'J.', 'EE.UU.', 'Lic.', 'D.C.', 'Jr.', 'etc.'];
  const openers = ['The', 'He', 'It', 'In', 'El', 'According', 'Mexico', 'Police', 'Two', 'But', 'A', '"The', '“We', '(The', '¿Qué', '«No', "'We", '2019', 'U.S.', 'Gov.'];
  const ends = ['.', '.', '.', '?', '!', '."', '.”', '.)', ".'", '?"', '!”', '.’', '...', '…', ':', ';', ',', ' —', ' -', '.)"'];
  const texts: string[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    const sentences = 2 + Math.floor(rnd() * 6);
    for (let k = 0; k < sentences; k++) {
      let sentence = pick(openers);
      const len = 2 + Math.floor(rnd() * 10);
      for (let i = 0; i < len; i++) sentence += (rnd() < 0.1 ? ', ' : ' ') + pick(words);
      text += (k === 0 ? '' : pick([' ', ' ', ' ', '  ', '\n\n'])) + sentence + pick(ends);
    }
    texts.push(text);
  }
  return texts;
}

describe('sentenceBreaks', () => {
  it('ends sentences where wink does in the fixture articles', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'articles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(disagreements(text), f).toEqual([]);
      expect(disagreements(text.toUpperCase()), f).toEqual([]);
    }
  });
  it('ends sentences where wink does around quotes, brackets and abbreviations', () => {
    const cases = [
      'He said: "We will." Then he left.', 'He left. "Then" came.', 'He left.” Then.', 'He left.) Then (she came).',
      'Really? Yes! No.', 'Wait... What now… Fine.', 'He left. - Then. And, . then.', 'in the U.S. The next day',
      'in the U.S. Treasury', 'Acme Inc. He left.', 'Gov. Smith and Dr. Who met at 3 p.m. Police said so.',
      "He said 'left.' Then.", 'He left?” he said. «No». ¿Qué? ¡Ya!',
    ];
    for (const text of cases) expect(disagreements(text), text).toEqual([]);
  });
  it('ends sentences where wink does in generated news-like text', () => {
    for (const text of generated(7, 400)) expect(disagreements(text), text).toEqual([]);
  });
});
