// Typo-tolerant lookup of vocabulary tokens: every token and each of its one-letter deletions
// is hashed into one sorted array, so a misspelt query token ("guzmam") finds "guzman" through
// a shared deletion ("guzma") with a few binary searches (the SymSpell idea, kept compact).
export class DeleteIndex {
  // hash * 2^21 + token id, sorted: a Float64Array sorts natively and needs no comparator.
  private readonly keys: Float64Array;

  private constructor(keys: Float64Array) {
    this.keys = keys;
  }

  static build(tokens: readonly string[], minLength: number): DeleteIndex {
    if (tokens.length >= ID_LIMIT) throw new RangeError(`too many distinct name tokens (${tokens.length})`);
    let count = 0;
    for (const t of tokens) if (t.length >= minLength) count += t.length + 1;
    const keys = new Float64Array(count);
    let k = 0;
    tokens.forEach((t, id) => {
      if (t.length < minLength) return;
      forEachVariant(t, (h) => {
        keys[k++] = h * ID_LIMIT + id;
      });
    });
    keys.sort();
    return new DeleteIndex(keys);
  }

  /** Ids of tokens sharing the token itself or one of its deletions (may hold hash collisions). */
  lookup(token: string, out: Set<number>): void {
    forEachVariant(token, (h) => {
      const lo = h * ID_LIMIT;
      let i = lowerBound(this.keys, lo);
      while (i < this.keys.length && this.keys[i]! < lo + ID_LIMIT) out.add(this.keys[i++]! - lo);
    });
  }

  get size(): number {
    return this.keys.length;
  }
}

const ID_LIMIT = 2 ** 21;

function forEachVariant(token: string, fn: (hash: number) => void): void {
  fn(hash(token, -1));
  let prev = '';
  for (let i = 0; i < token.length; i++) {
    // Deleting either letter of a double ("ll") gives the same variant: hash it once.
    if (token[i] === prev) continue;
    prev = token[i]!;
    fn(hash(token, i));
  }
}

/** FNV-1a over the token with position `skip` left out. */
function hash(s: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
