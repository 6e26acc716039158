// The id-indexed map the candidate cache keeps per entity and per document.
import { describe, expect, it } from 'vitest';
import { IdMap, grown } from './id-map.js';
import { DossierError } from '../../errors.js';

describe('a map from ids to values in an array', () => {
  it('gets, sets, deletes and counts like a map', () => {
    const m = new IdMap<string>(10);
    expect(m.get(5)).toBeUndefined();
    expect(m.has(5)).toBe(false);
    m.set(5, 'five').set(70_000, 'far');
    expect(m.get(5)).toBe('five');
    expect(m.get(70_000)).toBe('far');
    expect(m.get(70_001)).toBeUndefined();
    expect(m.size).toBe(2);
    m.set(5, 'again');
    expect(m.size).toBe(2);
    expect(m.get(5)).toBe('again');
    expect(m.delete(5)).toBe(true);
    expect(m.delete(5)).toBe(false);
    expect(m.has(5)).toBe(false);
    expect(m.size).toBe(1);
  });

  it('starts over when one more id would pass its limit', () => {
    const m = new IdMap<number>(3);
    for (const id of [1, 2, 3]) m.set(id, id * 10);
    m.set(2, 21);
    expect(m.size).toBe(3);
    m.set(4, 40);
    expect(m.size).toBe(1);
    expect([1, 2, 3].map((id) => m.get(id))).toEqual([undefined, undefined, undefined]);
    expect(m.get(4)).toBe(40);
  });

  it('clears what it holds, also after many deletes and sets of the same ids', () => {
    const m = new IdMap<boolean>(100);
    for (let round = 0; round < 3000; round++) {
      m.set(7, true);
      m.set(9, false);
      m.delete(7);
    }
    expect(m.size).toBe(1);
    expect(m.get(9)).toBe(false);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.has(9)).toBe(false);
    m.set(7, true);
    expect(m.size).toBe(1);
  });

  it('keeps ids far past its limit in a map of their own, counted and cleared with the rest', () => {
    const m = new IdMap<string>(10);
    const far = [5_000, 2 ** 31 - 1];
    m.set(3, 'near');
    for (const id of far) m.set(id, `far ${id}`);
    m.set(5_000, 'far again');
    expect(m.size).toBe(3);
    expect(m.get(5_000)).toBe('far again');
    expect(m.get(2 ** 31 - 1)).toBe(`far ${2 ** 31 - 1}`);
    expect(m.get(5_001)).toBeUndefined();
    expect(m.delete(5_000)).toBe(true);
    expect(m.size).toBe(2);
    m.clear();
    expect([3, 2 ** 31 - 1].map((id) => m.has(id))).toEqual([false, false]);
    for (let id = 2_000; id < 2_011; id++) m.set(id, 'x');
    expect(m.size).toBe(1);
  });

  it('takes positive 32-bit ids only', () => {
    const m = new IdMap<number>(10);
    for (const bad of [0, -1, 1.5, 2 ** 31, Number.NaN]) expect(() => m.set(bad, 1)).toThrow(DossierError);
    expect(m.size).toBe(0);
  });
});

describe('typed arrays grown for more ids', () => {
  it('keeps the values and type, zero past them', () => {
    const bytes = grown(Uint8Array.from([3, 4]), 4);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([3, 4, 0, 0]);
    const ints = grown(Int32Array.from([-7, 70_000]), 3);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([-7, 70_000, 0]);
  });
});
