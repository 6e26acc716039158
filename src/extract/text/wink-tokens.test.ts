import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { RenewedWink, its, nlp, winkTokensOfChunks } from './wink-tokens.js';

/** wink's own tokens over the whole text, without its whitespace tokens: the reference. */
function winkWhole(text: string): string[] {
  return (nlp.readDoc(text).tokens().out(its.value) as string[]).filter((v) => v.trim() !== '');
}

const articles = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'articles');

describe('tokens remembered per chunk', () => {
  it('are the tokens wink gives for the whole text, at their offsets', () => {
    const texts = [
      "He didn't say. I'm sure. It's Guzmán's, O'Brien's. The U.S.-Mexico ties.",
      'El gobierno de EE.UU. y EE. UU. dijo el Sr. López; la Lic. Pérez (PRI) respondió: «No».',
      'It cost $1.5 million (about 10,000 pesos) on 2019-01-02 at 8:10 p.m.\n\n"We will," he said.',
      'Email a@b.com or see https://x.com/a?b=1.\tTabs\u00a0and\u2009thin spaces; 1990s, 3rd, AK-47s.',
      // Chunks of zero-width characters: wink gives no token for a byte-order mark.
      'a \ufeff b \u200b c \ufeff\n\ufeff d',
    ];
    for (const f of readdirSync(articles).filter((x) => x.endsWith('.txt'))) texts.push(readFileSync(join(articles, f), 'utf8'));
    // Twice: the second time every chunk comes from memory.
    for (const pass of [1, 2]) {
      for (const text of texts) {
        const { tokens } = tokenize(text);
        expect(tokens.map((t) => t.text), `pass ${pass}`).toEqual(winkWhole(text));
        let end = 0;
        for (const t of tokens) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.newline).toBe(text.slice(end, t.start).includes('\n'));
          end = t.end;
        }
      }
    }
  });
  it('come from one wink call for a batch of chunks', () => {
    expect(winkTokensOfChunks(["didn't", '\ufeff', '(U.S.),', 'x'])).toEqual([['did', "n't"], [], ['(', 'U.S.', ')', ','], ['x']]);
    expect(winkTokensOfChunks([])).toEqual([]);
  });
});

describe('the wink instance', () => {
  it('is replaced once it has read its tokens, and reads the same with the fresh one', () => {
    let made = 0;
    const wink = new RenewedWink(5, () => {
      made++;
      return winkNLP(model, ['sbd']);
    });
    const read = (text: string) => wink.readDoc(text).tokens().out(its.value);
    expect(read('Zqx Plomb went.')).toEqual(['Zqx', 'Plomb', 'went', '.']);
    expect(wink.renewals).toBe(0);
    // 8 tokens read: the next read comes from a fresh instance.
    expect(read('Wuzz said it.')).toEqual(['Wuzz', 'said', 'it', '.']);
    expect([made, wink.renewals]).toEqual([1, 0]);
    expect(read('Zqx Plomb went.')).toEqual(['Zqx', 'Plomb', 'went', '.']);
    expect([made, wink.renewals]).toEqual([2, 1]);
  });
});
