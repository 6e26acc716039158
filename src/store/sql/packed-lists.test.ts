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

  it('lets the lists least used go when one more id or its bytes would pass its limits', () => {
    const ids = new PackedLists(3, 100);
    for (const id of [1, 2, 3]) ids.set(id, [id]);
    ids.set(2, [20]);
    expect(ids.size).toBe(3);
    // Every list was written since the start: the lowest id is kept, up to half the ids.
    ids.set(4, [40]);
    expect(ids.size).toBe(2);
    expect(ids.get(2)).toBeUndefined();
    expect(ids.get(3)).toBeUndefined();
    expect(ids.get(1)).toEqual([1]);
    expect(ids.get(4)).toEqual([40]);

    // [1, 1, 1] takes 4 bytes (its length, then 1, 0, 0 as differences), [2, 2] and [3, 3] 3.
    const values = new PackedLists(100, 8);
    values.set(1, [1, 1, 1]).set(2, [2, 2]);
    values.set(3, [3, 3]);
    expect(values.get(1)).toBeUndefined();
    expect(values.get(2)).toBeUndefined();
    expect(values.get(3)).toEqual([3, 3]);
    expect(values.size).toBe(1);
    // A list longer than all the room there is is not kept, and the one it replaces goes.
    values.set(3, [1, 2, 3, 4, 5, 6, 7, 8]);
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
    // Lists of nine equal small ids: 10 bytes each with their length.
    const nine = (id: number) => Array.from({ length: 9 }, () => id);
    const m = new PackedLists(100, 100);
    for (let id = 1; id <= 9; id++) m.set(id, nine(id));
    m.set(1, nine(11));
    // 90 bytes held of 100 and no room left: copying would free only the 10 left behind. Every
    // list was written since the start, so the lowest ids are kept, up to 47 bytes with the new one.
    m.set(10, [100]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((id) => m.has(id))).toEqual([1, 2, 3, 4, 10]);
    expect(m.size).toBe(5);
    expect(m.allocated).toBe(100);
    // Now only what is read or written from here on counts as used.
    expect(m.get(3)).toEqual(nine(3));
    for (let id = 11; id <= 16; id++) m.set(id, nine(id));
    expect([1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16].filter((id) => m.has(id))).toEqual([3, 10, 11, 12, 16]);
    expect(m.get(1)).toBeUndefined();
    expect(m.get(10)).toEqual([100]);
    expect(m.get(12)).toEqual(nine(12));
    expect(m.get(16)).toEqual(nine(16));
    expect(m.size).toBe(5);
    expect(m.allocated).toBe(100);
  });

  it('gives back lists in their order, ids far apart and repeated, or sorted when told their order does not matter', () => {
    const ids = [90_000, 5, 2 ** 31 - 1, 5, 1, 70_000];
    const kept = new PackedLists(10, 1_000);
    kept.set(3, ids);
    expect(kept.get(3)).toEqual(ids);
    const sorted = new PackedLists(10, 1_000, true);
    sorted.set(3, ids);
    expect(sorted.get(3)).toEqual([1, 5, 5, 70_000, 90_000, 2 ** 31 - 1]);
  });

  it('packs a document\'s entities, sorted, in about two bytes an id', () => {
    // Seventeen ids spread over 200,000, as a large store's document names them.
    const ids = [151_203, 3_877, 99_400, 187_001, 12_345, 64_000, 120_777, 45_678, 8_001, 176_543, 31_000, 141_414, 77_777, 22_222, 199_999, 55_555, 109_876];
    // In 40 bytes (1 for the length, 3 for the first id, under 2 for each of the others)...
    const sorted = new PackedLists(10, 40, true);
    sorted.set(1, ids);
    expect(sorted.get(1)).toEqual([...ids].sort((a, b) => a - b));
    // ...where in their order, differences up to 200,000 either way take 3 bytes each.
    const kept = new PackedLists(10, 40);
    kept.set(1, ids);
    expect(kept.get(1)).toBeUndefined();
  });

  it('keeps long lists (their length written in more than one byte) through replacements and copies', () => {
    const m = new PackedLists(1_000, 1_000_000);
    const long = (id: number, n: number) => Array.from({ length: n }, (_, i) => id * 100_000 + i * 7_919);
    for (let round = 0; round < 30; round++) for (let id = 1; id <= 40; id++) m.set(id, long(id, 50 + ((round * id) % 300)));
    expect(m.size).toBe(40);
    for (let id = 1; id <= 40; id++) expect(m.get(id)).toEqual(long(id, 50 + ((29 * id) % 300)));
    m.set(41, long(41, 20_000));
    expect(m.get(41)).toEqual(long(41, 20_000));
    expect(m.get(7)).toEqual(long(7, 50 + ((29 * 7) % 300)));
  });

  it('refuses an id that is not a positive 32-bit integer', () => {
    const m = new PackedLists(10, 100);
    expect(() => m.set(0, [1])).toThrow(/not a positive 32-bit integer/);
    expect(() => m.set(2 ** 31, [1])).toThrow(/not a positive 32-bit integer/);
  });
});
