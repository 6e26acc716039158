// The id-indexed flags the candidate cache keeps per entity, and the arrays' helpers.
import { describe, expect, it } from 'vitest';
import { IdFlags, grown } from './id-map.js';
import { DossierError } from '../../errors.js';

describe('yes/no flags by id in an array', () => {
  it('gets, sets, deletes and counts like a map', () => {
    const m = new IdFlags(10);
    expect(m.get(5)).toBeUndefined();
    expect(m.has(5)).toBe(false);
    m.set(5, false).set(6, true).set(70_000, true);
    expect([m.get(5), m.get(6), m.get(70_000), m.get(70_001), m.get(4)]).toEqual([false, true, true, undefined, undefined]);
    expect(m.has(5)).toBe(true);
    expect(m.size).toBe(3);
    m.set(5, true);
    expect(m.size).toBe(3);
    expect(m.get(5)).toBe(true);
    expect(m.delete(5)).toBe(true);
    expect(m.delete(5)).toBe(false);
    expect(m.has(5)).toBe(false);
    expect(m.size).toBe(2);
  });

  it('starts over when one more id would pass its limit', () => {
    const m = new IdFlags(3);
    for (const id of [1, 2, 3]) m.set(id, id === 2);
    m.set(2, false);
    expect(m.size).toBe(3);
    m.set(4, true);
    expect(m.size).toBe(1);
    expect([1, 2, 3].map((id) => m.get(id))).toEqual([undefined, undefined, undefined]);
    expect(m.get(4)).toBe(true);
  });

  it('clears what it holds, also after many deletes and sets of the same ids', () => {
    const m = new IdFlags(100);
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
    const m = new IdFlags(10);
    const far = [5_000, 2 ** 31 - 1];
    m.set(3, true);
    for (const id of far) m.set(id, false);
    m.set(5_000, true);
    expect(m.size).toBe(3);
    expect(m.get(5_000)).toBe(true);
    expect(m.get(2 ** 31 - 1)).toBe(false);
    expect(m.get(5_001)).toBeUndefined();
    expect(m.delete(5_000)).toBe(true);
    expect(m.size).toBe(2);
    m.clear();
    expect([3, 2 ** 31 - 1].map((id) => m.has(id))).toEqual([false, false]);
    for (let id = 2_000; id < 2_011; id++) m.set(id, true);
    expect(m.size).toBe(1);
  });

  it('takes positive 32-bit ids only', () => {
    const m = new IdFlags(10);
    for (const bad of [0, -1, 1.5, 2 ** 31, Number.NaN]) expect(() => m.set(bad, true)).toThrow(DossierError);
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
