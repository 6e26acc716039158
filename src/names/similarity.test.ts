// Token similarity: phonetic keys, edit tolerance, transpositions, initials, pet forms.
import { describe, expect, it } from 'vitest';
import { englishKey, spanishKey } from './phonetic.js';
import { compareTokens, editDistance, editTolerance } from './similarity.js';
import { tokenForms } from './token-table.js';
import { isNickname } from './nicknames.js';

const cmp = (a: string, b: string) => compareTokens(tokenForms(a), tokenForms(b));

describe('phonetic keys', () => {
  it('equates Spanish spellings of one sound', () => {
    expect(spanishKey('osiel')).toBe(spanishKey('ociel'));
    expect(spanishKey('villalobos')).toBe(spanishKey('biyalobos'));
    expect(spanishKey('joaquin')).toBe(spanishKey('joakin'));
    expect(spanishKey('gonzalez')).toBe(spanishKey('gonsales'));
    expect(spanishKey('garcia')).not.toBe(spanishKey('garza'));
  });
  it('gives English transliterations one key', () => {
    expect(englishKey('mohammed')).toBe(englishKey('muhammad'));
  });
});

describe('compareTokens', () => {
  it('scores exact, sound-alike, misspelt and initial tokens in that order', () => {
    expect(cmp('guzman', 'guzman')).toEqual({ similarity: 1, agreement: 'exact' });
    expect(cmp('ociel', 'osiel')?.agreement).toBe('phonetic');
    const typo = cmp('guzmam', 'guzman');
    expect(typo?.agreement).toBe('spelling');
    expect(typo!.similarity).toBeLessThan(0.9);
    expect(cmp('j', 'joaquin')).toEqual({ similarity: 0.6, agreement: 'initial' });
    expect(cmp('pepe', 'jose')?.agreement).toBe('nickname');
    expect(isNickname('jose', 'pepe')).toBe(true);
  });
  it('scales edit tolerance with length: short names pair only weakly on one edit', () => {
    expect(editTolerance(2)).toBe(0);
    // Below any threshold alone, and a differing first letter lower still.
    expect(cmp('jose', 'jsoe')).toEqual({ similarity: 0.7, agreement: 'spelling' });
    expect(cmp('mayo', 'fayo')!.similarity).toBeLessThan(0.7);
    expect(cmp('ab', 'ac')).toBeNull();
    expect(cmp('ana', 'eva')).toBeNull();
    expect(cmp('garcia', 'garza')).toBeNull();
    expect(cmp('constantinopla', 'konstantinopia')).not.toBeNull();
  });
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('guzamn', 'guzman')).toBe(1);
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('cervanrtse', 'cervantes')).toBe(2);
  });
});

describe('names from vowelless scripts', () => {
  it('match on consonants only when the query came from Arabic or Hebrew script', () => {
    expect(cmp('mhmd', 'mohamed')).toBeNull();
    expect(compareTokens(tokenForms('mhmd'), tokenForms('mohamed'), true)?.agreement).toBe('phonetic');
    expect(compareTokens(tokenForms('msh'), tokenForms('moshe'), true)).not.toBeNull();
    expect(compareTokens(tokenForms('mhmd'), tokenForms('ahmed'), true)).toBeNull();
  });
});
