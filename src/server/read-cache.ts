// A short-lived cache of read results, emptied by every write through this server. Writes
// from elsewhere (the CLI on the same store) show after at most `ttlMs`. A TTL of 0 turns it off.
export class ReadCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(readonly ttlMs: number, private readonly maxEntries = 1000) {}

  /** The cached result for `key`, or `compute()`'s; concurrent callers share one computation. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.evict(now);
    const value = compute();
    this.entries.set(key, { expires: now + this.ttlMs, value });
    // A failure is not cached: the next request tries again.
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  private evict(now: number): void {
    for (const [k, v] of this.entries) if (v.expires <= now) this.entries.delete(k);
    // Still full: drop the oldest insertions.
    for (const k of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(k);
    }
  }
}
