// Read results kept while the data is unchanged: every entry remembers the store's data version
// it was computed at and is reused only while the version is the same (and for at most
// `maxAgeMs`). Writes through this server empty it at once; writes from elsewhere (the CLI on the
// same store) move the version, checked at most every `checkEveryMs`. A max age of 0 turns it off.
export interface ReadCacheOptions {
  maxAgeMs: number;
  checkEveryMs?: number;
  maxEntries?: number;
}

export class ReadCache {
  private readonly entries = new Map<string, { version: string; expires: number; value: Promise<unknown> }>();
  private checked: { at: number; version: Promise<string> } | null = null;
  readonly maxAgeMs: number;
  private readonly checkEveryMs: number;
  private readonly maxEntries: number;

  constructor(private readonly dataVersion: () => Promise<string>, opts: ReadCacheOptions) {
    this.maxAgeMs = opts.maxAgeMs;
    this.checkEveryMs = opts.checkEveryMs ?? 50;
    this.maxEntries = opts.maxEntries ?? 1000;
  }

  /** The cached result for `key`, or `compute()`'s; concurrent callers share one computation. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.maxAgeMs <= 0) return compute();
    const version = await this.version();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.version === version && hit.expires > now) return hit.value as Promise<T>;
    if (this.entries.size >= this.maxEntries) this.evict(now, version);
    const value = compute();
    this.entries.set(key, { version, expires: now + this.maxAgeMs, value });
    // A failure is not kept: the next request tries again.
    value.catch(() => { if (this.entries.get(key)?.value === value) this.entries.delete(key); });
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.checked = null;
  }

  private version(): Promise<string> {
    const now = Date.now();
    if (!this.checked || now - this.checked.at >= this.checkEveryMs) {
      // When the store cannot say, nothing cached is trusted.
      this.checked = { at: now, version: this.dataVersion().catch(() => `unknown:${now}:${Math.random()}`) };
    }
    return this.checked.version;
  }

  private evict(now: number, version: string): void {
    for (const [k, v] of this.entries) if (v.expires <= now || v.version !== version) this.entries.delete(k);
    // Still full: drop the oldest insertions.
    for (const k of this.entries.keys()) {
      if (this.entries.size < this.maxEntries) break;
      this.entries.delete(k);
    }
  }
}
