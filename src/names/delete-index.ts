// Typo-tolerant lookup of vocabulary tokens: every token and its deletions (one letter, or two
// for long tokens) are hashed into one sorted array, so a misspelt query token ("guzmam")
// finds "guzman" through a shared deletion ("guzma") with a few binary searches (the SymSpell
// idea, kept compact). Two tokens within d edits always share a variant when both sides
// generate deletions up to d, so the lookup misses no token within the edit tolerance.
import { lowerBound } from '../sorted-search.js';

export class DeleteIndex {
  // hash * 2^21 + token id, sorted: a Float64Array sorts natively and needs no comparator.
  private readonly keys: Float64Array;

  private constructor(keys: Float64Array) {
    this.keys = keys;
  }

  /** `depth(token)`: how many letters may be deleted (0, 1 or 2), the token's edit tolerance. */
  static build(tokens: readonly string[], depth: (length: number) => number): DeleteIndex {
    if (tokens.length >= ID_LIMIT) throw new RangeError(`too many distinct name tokens (${tokens.length})`);
    let keys = new Float64Array(tokens.length * 8);
    let k = 0;
    tokens.forEach((t, id) => {
      forEachVariant(t, depth(t.length), (h) => {
        if (k === keys.length) {
          const grown = new Float64Array(keys.length * 2);
          grown.set(keys);
          keys = grown;
        }
        keys[k++] = h * ID_LIMIT + id;
      });
    });
    const sorted = keys.slice(0, k).sort();
    return new DeleteIndex(sorted);
  }

  /** Ids of tokens sharing a variant with the token (may hold hash collisions: verify them). */
  lookup(token: string, depth: number, out: Set<number>): void {
    forEachVariant(token, depth, (h) => {
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

function forEachVariant(token: string, depth: number, fn: (hash: number) => void): void {
  fn(hash(token, -1, -1));
  if (depth < 1) return;
  for (let i = 0; i < token.length; i++) {
    // Deleting either letter of a double ("ll") gives the same variant: hash it once.
    if (i > 0 && token[i] === token[i - 1]) continue;
    fn(hash(token, i, -1));
    if (depth < 2) continue;
    for (let j = i + 1; j < token.length; j++) {
      if (j > i + 1 && token[j] === token[j - 1]) continue;
      fn(hash(token, i, j));
    }
  }
}

/** FNV-1a over the token with positions `skip` and `skip2` left out. */
function hash(s: string, skip: number, skip2: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip || i === skip2) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

