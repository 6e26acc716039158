// The memos' copies keep no document text alive, and the memo stays bounded.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached, stringMemo } from './string-memo.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Live heap growth, in MB, while `keep` holds what `make` returns for 100 one-megabyte texts. */
function retainedMb(make: (text: string) => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const keep: unknown[] = [];
  for (let i = 0; i < 100; i++) {
    const text = `${i} ${'Gobernadora Marina Ávila Olmeda. '.repeat(32_000)}`.slice(0);
    keep.push(make(text.slice(1_000, 1_040)));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  expect(keep).toHaveLength(100);
  return grown;
}

describe('detached', () => {
  it('is equal to the string it copies', () => {
    const text = 'Two sources said Governor Rafael Domínguez Lara took bribes.';
    expect(detached(text.slice(17, 42))).toBe('Governor Rafael Domínguez');
    expect(detached('')).toBe('');
  });

  it('keeps no longer text alive, where a slice keeps all of it', () => {
    expect(retainedMb((s) => s)).toBeGreaterThan(50);
    expect(retainedMb(detached)).toBeLessThan(5);
  });
});

describe('stringMemo', () => {
  it('computes once per string, from its own copy', () => {
    let calls = 0;
    const upper = stringMemo(10, (s) => { calls++; return s.toUpperCase(); });
    expect(upper('zamora')).toBe('ZAMORA');
    expect(upper('zam' + 'ora')).toBe('ZAMORA');
    expect(calls).toBe(1);
    expect(retainedMb(stringMemo(1_000, (s) => s.trim()))).toBeLessThan(5);
  });

  it('starts over when full', () => {
    let calls = 0;
    const same = stringMemo(2, (s) => { calls++; return s; });
    for (const s of ['a', 'b', 'c', 'a']) same(s);
    expect(calls).toBe(4);
  });
});
