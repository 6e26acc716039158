import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunksOf, its, nlp, tokenValues } from './wink-tokens.js';

/** wink's own tokens over the whole text, without its whitespace tokens: the reference. */
function winkWhole(text: string): string[] {
  return (nlp.readDoc(text).tokens().out(its.value) as string[]).filter((v) => v.trim() !== '');
}

const articles = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'articles');

describe('tokenValues', () => {
  it('gives the tokens wink gives for the whole text', () => {
    const texts = [
      "He didn't say. I'm sure. It's Guzmán's, O'Brien's. The U.S.-Mexico ties.",
      'El gobierno de EE.UU. y EE. UU. dijo el Sr. López; la Lic. Pérez (PRI) respondió: «No».',
      'It cost $1.5 million (about 10,000 pesos) on 2019-01-02 at 8:10 p.m.\n\n"We will," he said.',
      'Email a@b.com or see https://x.com/a?b=1.\tTabs\u00a0and\u2009thin spaces; 1990s, 3rd, AK-47s.',
      // Chunks of zero-width characters: wink gives no token for a byte-order mark.
      'a \ufeff b \u200b c \ufeff',
    ];
    for (const f of readdirSync(articles).filter((x) => x.endsWith('.txt'))) texts.push(readFileSync(join(articles, f), 'utf8'));
    for (const text of texts) {
      expect(tokenValues(text)).toEqual(winkWhole(text));
      // Seen chunks come from memory: the second pass must give the same tokens.
      expect(tokenValues(text)).toEqual(winkWhole(text));
    }
  });
  it('splits at wink\'s separators only', () => {
    expect(chunksOf('  a b\n\nc\td\u00a0e\u2003f ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(chunksOf('')).toEqual([]);
  });
});
