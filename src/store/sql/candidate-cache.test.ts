// The candidate cache's packed lists: an entity's latest rows and sorted id lists, kept in order
// as documents are written.
import { describe, expect, it } from 'vitest';
import { CandidateCache, EntityShapes, KEY_ENTRIES, KEY_LISTED, NEIGHBOUR_LISTED, RECENT_ROWS, documentsOf, packRows, reportedAt, rowCount, sortedIds, withId, withRow, type RecentRows } from './candidate-cache.js';

const rows = (list: RecentRows) => documentsOf(list).map((d, i) => [d, reportedAt(list, i)]);

describe('an entity\'s latest rows as the candidate cache keeps them', () => {
  it('packs rows latest first: by date, then by document, undated last', () => {
    const packed = packRows([
      { documentId: 4, reported: '2025-01-02' }, { documentId: 9, reported: null },
      { documentId: 7, reported: '2025-01-02' }, { documentId: 2, reported: '2025-03-01' },
    ]);
    expect(rows(packed)).toEqual([[2, '2025-03-01'], [7, '2025-01-02'], [4, '2025-01-02'], [9, null]]);
  });

  it('takes a new row in its place and keeps only the latest', () => {
    const full = packRows(Array.from({ length: RECENT_ROWS }, (_, i) => ({ documentId: i + 1, reported: `2024-01-${String(10 + (i % 20)).padStart(2, '0')}` })));
    const newer = withRow(full, { documentId: 500, reported: '2024-01-20' });
    expect(rowCount(newer)).toBe(RECENT_ROWS);
    expect(newer).not.toBe(full);
    expect(rows(newer).slice(0, 4)).toEqual([[40, '2024-01-29'], [20, '2024-01-29'], [39, '2024-01-28'], [19, '2024-01-28']]);
    expect(rows(newer)).toContainEqual([500, '2024-01-20']);
    // The oldest row went; the list it came from is unchanged (a caller may hold it).
    expect(rows(full)).toContainEqual([1, '2024-01-10']);
    expect(rows(newer)).not.toContainEqual([1, '2024-01-10']);
    expect(rows(newer)).toContainEqual([21, '2024-01-10']);
    // A row older than every row of a full list changes nothing, and says so by identity.
    expect(withRow(full, { documentId: 600, reported: '2023-12-31' })).toBe(full);
    expect(rows(withRow(packRows([]), { documentId: 3, reported: null }))).toEqual([[3, null]]);
  });
});

describe('sorted id lists', () => {
  it('puts an id in its place once', () => {
    expect(withId([2, 5, 9], 7)).toEqual([2, 5, 7, 9]);
    const list = [2, 5, 9];
    expect(withId(list, 5)).toBe(list);
  });

  it('keeps the lowest ids of a bounded list: an id past a full list changes nothing, one within it pushes the last out', () => {
    const full = [2, 5, 9];
    expect(withId(full, 12, 3)).toBe(full);
    expect(withId(full, 7, 3)).toEqual([2, 5, 7]);
    expect(withId([2, 5], 12, 3)).toEqual([2, 5, 12]);
  });

  it('sorts and de-duplicates ids numerically', () => {
    expect([...sortedIds([10, 9, 100, 9, 1, 10])]).toEqual([1, 9, 10, 100]);
    expect([...sortedIds([])]).toEqual([]);
  });
});

describe('the kinds and merge targets of entities, by id', () => {
  it('keeps what was set for ids far apart, tells unknown and deleted entities apart and starts over', () => {
    const shapes = new EntityShapes();
    expect(shapes.get(1)).toBeUndefined();
    shapes.set(3, { kind: 'person', mergedInto: null });
    shapes.set(70_000, { kind: 'organization', mergedInto: 3 });
    shapes.set(12, { kind: null, mergedInto: null });
    expect(shapes.get(3)).toEqual({ kind: 'person', mergedInto: null });
    expect(shapes.get(70_000)).toEqual({ kind: 'organization', mergedInto: 3 });
    expect(shapes.get(12)).toEqual({ kind: null, mergedInto: null });
    expect(shapes.get(4)).toBeUndefined();
    expect(shapes.get(1_000_000)).toBeUndefined();
    expect(shapes.code(3)).toBe(shapes.codeOf('person'));
    expect(shapes.code(3)).not.toBe(shapes.code(70_000));
    expect(shapes.mergedInto(70_000)).toBe(3);
    expect(shapes.mergedInto(5_000_000)).toBe(0);
    // Growing kept the earlier ids.
    shapes.set(200_000, { kind: 'person', mergedInto: null });
    expect(shapes.get(3)).toEqual({ kind: 'person', mergedInto: null });
    expect(() => shapes.set(0, { kind: 'person', mergedInto: null })).toThrow(/not a positive 32-bit integer/);
    expect(() => shapes.set(2 ** 31, { kind: 'person', mergedInto: null })).toThrow(/not a positive 32-bit integer/);
    shapes.clear();
    expect(shapes.get(3)).toBeUndefined();
    expect(shapes.get(70_000)).toBeUndefined();
  });
});

describe('the cache\'s maps of lists', () => {
  it('keep fewer entries as their lists lengthen, within a bound on the ids they list in all', () => {
    const cache = new CandidateCache();
    const short = [1, 2];
    for (let k = 0; k < KEY_ENTRIES; k++) cache.keys.set(`k:${k}`, short);
    expect(cache.keys.size).toBe(KEY_ENTRIES);
    // Long lists push the least recently used keys out; the total stays within the bound.
    const long = Array.from({ length: 200 }, (_, i) => i + 1);
    for (let k = 0; k < KEY_ENTRIES; k++) cache.keys.set(`long:${k}`, long);
    expect(cache.keys.calculatedSize).toBeLessThanOrEqual(KEY_LISTED);
    expect(cache.keys.size).toBe(Math.floor(KEY_LISTED / 201));
    expect(cache.keys.get(`long:${KEY_ENTRIES - 1}`)).toBe(long);
    expect(cache.keys.get('k:0')).toBeUndefined();

    const ids = new Int32Array(1000);
    for (let id = 1; id <= 1000; id++) cache.neighbours.set(id, { rows: [], ids });
    expect(cache.neighbours.calculatedSize).toBeLessThanOrEqual(NEIGHBOUR_LISTED);
    expect(cache.neighbours.size).toBe(Math.min(1000, Math.floor(NEIGHBOUR_LISTED / 1001)));
  });
});
