// Binary search over sorted numbers, shared by the screening index (src/names) and the
// knowledge base's candidate cache (src/store).

/** The first index of a sorted list whose value is not below `value` (the list's length if none). */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
