import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('gives offsets into the original text', () => {
    const text = 'Sheinbaum’s government  rejected the claims.\nReuters could not verify.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toContain("'s");
  });
  it('keeps "U.S." whole and does not end a sentence there', () => {
    const { tokens, sentences } = tokenize('The U.S. State Department did not deny urging action. It stated more.');
    expect(tokens.some((t) => t.text === 'U.S.')).toBe(true);
    expect(sentences).toHaveLength(2);
  });
  it('ends a headline at its line break though it has no period', () => {
    const { sentences } = tokenize('Mayor detained in Guerrero\n\nSoldiers detained the mayor on Friday.');
    expect(sentences).toHaveLength(2);
  });
  it('does not split Spanish abbreviations such as EE.UU.', () => {
    const { sentences } = tokenize('El gobierno de EE.UU. pidió la extradición del exgobernador. La FGR no respondió.');
    expect(sentences).toHaveLength(2);
  });
  it('marks shapes: capitalised, acronym, lower case, number', () => {
    const { tokens } = tokenize('Governor PRI said 29');
    expect(tokens.map((t) => t.shape)).toEqual(['cap', 'upper', 'lower', 'num']);
  });
});
