// The candidate cache's id lists packed into one typed array (merge members, document entities).
import { describe, expect, it } from 'vitest';
import { PackedLists } from './packed-lists.js';

describe('id lists packed into one array', () => {
  it('gets, sets again, deletes and counts like a map of lists, handing out copies', () => {
    const m = new PackedLists(10, 100);
    expect(m.get(5)).toBeUndefined();
    m.set(5, [7, 3, 9]).set(2, []).set(70_000, [1, 2]);
    expect(m.get(5)).toEqual([7, 3, 9]);
    expect(m.get(2)).toEqual([]);
    expect(m.has(2)).toBe(true);
    expect(m.get(70_000)).toEqual([1, 2]);
    expect(m.size).toBe(3);
    const copy = m.get(5)!;
    copy.push(100);
    expect(m.get(5)).toEqual([7, 3, 9]);
    m.set(5, [4]);
    expect(m.get(5)).toEqual([4]);
    expect(m.size).toBe(3);
    expect(m.delete(5)).toBe(true);
    expect(m.delete(5)).toBe(false);
    expect(m.get(5)).toBeUndefined();
    expect(m.size).toBe(2);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get(2)).toBeUndefined();
    expect(m.get(70_000)).toBeUndefined();
  });

  it('keeps lists as the arrays grow', () => {
    const m = new PackedLists(100_000, 1_000_000);
    for (let id = 1; id <= 20_000; id++) m.set(id, [id, id + 1, id * 2]);
    expect(m.get(1)).toEqual([1, 2, 2]);
    expect(m.get(12_345)).toEqual([12_345, 12_346, 24_690]);
    expect(m.get(20_000)).toEqual([20_000, 20_001, 40_000]);
    expect(m.size).toBe(20_000);
  });

  it('starts over when one more id would pass its limit, and lets lists go when listed ids would', () => {
    const ids = new PackedLists(3, 100);
    for (const id of [1, 2, 3]) ids.set(id, [id]);
    ids.set(2, [20]);
    expect(ids.size).toBe(3);
    ids.set(4, [40]);
    expect(ids.size).toBe(1);
    expect(ids.get(1)).toBeUndefined();
    expect(ids.get(4)).toEqual([40]);

    const values = new PackedLists(100, 6);
    values.set(1, [1, 1, 1]).set(2, [2, 2]);
    values.set(3, [3, 3]);
    expect(values.get(1)).toBeUndefined();
    expect(values.get(2)).toBeUndefined();
    expect(values.get(3)).toEqual([3, 3]);
    expect(values.size).toBe(1);
    // A list longer than all the room there is is not kept, and the one it replaces goes.
    values.set(3, [1, 2, 3, 4, 5, 6, 7]);
    expect(values.get(3)).toBeUndefined();
    expect(values.size).toBe(0);
  });

  it('copies its lists together instead of starting over when lists written again left room behind', () => {
    const m = new PackedLists(100, 10_000);
    for (let round = 0; round < 200; round++) {
      for (let id = 1; id <= 10; id++) m.set(id, [round, id, round + id]);
    }
    // 6,000 values written, 30 held: all ten are still there, and the array stayed small.
    expect(m.size).toBe(10);
    for (let id = 1; id <= 10; id++) expect(m.get(id)).toEqual([199, id, 199 + id]);
    expect(m.allocated).toBeLessThanOrEqual(4096);
    m.delete(3);
    for (let round = 0; round < 2000; round++) m.set(4, [round]);
    expect(m.get(3)).toBeUndefined();
    expect(m.get(4)).toEqual([1999]);
    expect(m.get(10)).toEqual([199, 10, 209]);
    expect(m.size).toBe(9);
  });

  it('at its limit keeps the lists used since it was last full, up to half the room, and lets the others go', () => {
    const m = new PackedLists(100, 100);
    for (let id = 1; id <= 9; id++) m.set(id, Array.from({ length: 10 }, () => id));
    m.set(1, Array.from({ length: 10 }, () => 11));
    // 90 held of 100 and no room left: copying would free only the 10 values left behind. Every
    // list was written since the start, so the lowest ids are kept, up to 49 values with the new one.
    m.set(10, [100]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((id) => m.has(id))).toEqual([1, 2, 3, 4, 10]);
    expect(m.size).toBe(5);
    expect(m.allocated).toBe(100);
    // Now only what is read or written from here on counts as used.
    expect(m.get(3)).toEqual(Array.from({ length: 10 }, () => 3));
    for (let id = 11; id <= 16; id++) m.set(id, Array.from({ length: 10 }, () => id));
    expect([1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16].filter((id) => m.has(id))).toEqual([3, 10, 11, 12, 16]);
    expect(m.get(1)).toBeUndefined();
    expect(m.get(12)).toEqual(Array.from({ length: 10 }, () => 12));
    expect(m.get(16)).toEqual(Array.from({ length: 10 }, () => 16));
    expect(m.size).toBe(5);
    expect(m.allocated).toBe(100);
  });

  it('refuses an id that is not a positive 32-bit integer', () => {
    const m = new PackedLists(10, 100);
    expect(() => m.set(0, [1])).toThrow(/not a positive 32-bit integer/);
    expect(() => m.set(2 ** 31, [1])).toThrow(/not a positive 32-bit integer/);
  });
});
