// foldName with a bounded memo: resolution folds the same few thousand names for every
// document, and folding (Unicode normalization, regular expressions) dominated its cost.
import { foldName } from '../../names/normalize.js';

const memo = new Map<string, string>();

export function fold(s: string): string {
  let f = memo.get(s);
  if (f === undefined) {
    if (memo.size > 200_000) memo.clear();
    f = foldName(s);
    memo.set(s, f);
  }
  return f;
}
