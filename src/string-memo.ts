// Bounded memos keyed by strings taken from documents. A string cut out of a longer one (slice,
// trim, a regular expression's match: every name and token an extractor finds) shares the
// longer string's memory in V8, so a memo keeping it as a key keeps the whole document text
// alive. Memos that outlive their document keep copies instead: without them, the name memos
// of an ingest run held a document text (about 2 kB) for almost every document ingested, and
// the process grew with the corpus however small its caches were (heap snapshots, bench:ingest).

/** A copy of `s` that keeps no longer string alive. */
export function detached(s: string): string {
  // The concatenation is a new string; slicing it writes it out afresh, s.length + 1 characters
  // that the result refers to (V8 copies outright below 13 characters).
  return (' ' + s).slice(1);
}

/**
 * `compute` memoized for up to `limit` strings (a full memo starts over). The memos of the
 * extractor and the resolver pay off on the names and words that recur from one document to
 * the next, a few thousand at a time: limits of 5,000–20,000 ingest as fast as limits ten times
 * larger, which only held more of the ingest run's live heap (about 60 MB more at 40,000
 * documents; bench:ingest, docs/knowledge-base.md). It is given the
 * memo's own copy of the string, so what it cuts out of it keeps no document alive either.
 */
export function stringMemo<V>(limit: number, compute: (s: string) => V): (s: string) => V {
  const memo = new Map<string, V>();
  return (s: string): V => {
    let v = memo.get(s);
    if (v === undefined) {
      const own = detached(s);
      v = compute(own);
      if (memo.size >= limit) memo.clear();
      memo.set(own, v);
    }
    return v;
  };
}

/**
 * One copy per distinct string, for up to `limit` of them: what keeps the result shares it with
 * everything else that got the same text (and, being the memo's copy, keeps no document alive).
 */
export function sharedStrings(limit: number): (s: string) => string {
  return stringMemo(limit, (s) => s);
}
