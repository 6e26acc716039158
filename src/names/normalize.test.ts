// Name folding shared with entity resolution, and the matching tokenizer.
import { describe, expect, it } from 'vitest';
import { foldName, matchTokens, nameTokens } from './normalize.js';

describe('foldName / nameTokens (shared with entity resolution)', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldName('Ávila-Olmeda, Marina')).toBe('avila olmeda marina');
    expect(nameTokens('MARÍA Eugenia Campos Galván')).toEqual(['maria', 'eugenia', 'campos', 'galvan']);
    expect(nameTokens('  ')).toEqual([]);
  });
});

describe('matchTokens', () => {
  it('keeps dotted abbreviations whole only when asked (organizations)', () => {
    expect(matchTokens('Acme S.A. de C.V.', true)).toEqual(['acme', 'sa', 'de', 'cv']);
    expect(matchTokens('J.R. Guzmán')).toEqual(['j', 'r', 'guzman']);
  });
  it('transliterates other scripts to Latin', () => {
    expect(matchTokens('Владимир Путин')).toEqual(['vladimir', 'putin']);
  });
});
