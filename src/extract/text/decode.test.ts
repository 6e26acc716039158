import { describe, expect, it } from 'vitest';
import { DossierError } from '../../errors.js';
import { decodeInput, describeLimit } from './decode.js';

const bytes = (s: string) => new TextEncoder().encode(s);

function codeOf(f: () => unknown): string | undefined {
  try { f(); } catch (e) { return e instanceof DossierError ? `${e.code}: ${e.message}` : `other: ${String(e)}`; }
  return undefined;
}

describe('decodeInput', () => {
  it('returns the text of valid UTF-8, accents included', () => {
    expect(decodeInput(bytes('El gobernador negó los vínculos.'))).toBe('El gobernador negó los vínculos.');
  });
  it('refuses empty and whitespace-only input', () => {
    expect(codeOf(() => decodeInput(new Uint8Array()))).toMatch(/^invalid_input: input is empty/);
    expect(codeOf(() => decodeInput(bytes(' \n\t ')))).toMatch(/^invalid_input: .*only whitespace/);
  });
  it('names the limit when input is too large', () => {
    expect(codeOf(() => decodeInput(bytes('a'.repeat(2048)), 'article.txt', 1024))).toBe('too_large: article.txt is 2.0 KB, over the 1.0 KB limit');
    expect(describeLimit()).toBe('5.0 MB');
  });
  it('refuses binary content', () => {
    expect(codeOf(() => decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])))).toMatch(/^invalid_input: .*binary/);
  });
  it('refuses invalid UTF-8 and says on which line', () => {
    const latin1 = Uint8Array.from([...bytes('first line\nsecond l'), 0xed, ...bytes('nea')]);
    expect(codeOf(() => decodeInput(latin1))).toBe('invalid_input: input is not valid UTF-8 (first bad byte on line 2)');
  });
});
