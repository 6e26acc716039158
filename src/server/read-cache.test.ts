import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadCache } from './read-cache.js';

function counter() {
  let n = 0;
  return { compute: async () => ++n, get count() { return n; } };
}

describe('ReadCache', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('reuses a result while the data version stays, computes again when it moves', async () => {
    let version = 'v1';
    const cache = new ReadCache(async () => version, { maxAgeMs: 60_000, checkEveryMs: 0 });
    const c = counter();
    expect(await cache.get('k', c.compute)).toBe(1);
    expect(await cache.get('k', c.compute)).toBe(1);
    expect(await cache.get('other', c.compute)).toBe(2);
    version = 'v2';
    expect(await cache.get('k', c.compute)).toBe(3);
    expect(await cache.get('k', c.compute)).toBe(3);
  });

  it('asks for the version at most every checkEveryMs, and forgets everything on clear()', async () => {
    vi.useFakeTimers();
    let asked = 0;
    let version = 'v1';
    const cache = new ReadCache(async () => { asked++; return version; }, { maxAgeMs: 60_000, checkEveryMs: 100 });
    const c = counter();
    await cache.get('k', c.compute);
    version = 'v2';
    expect(await cache.get('k', c.compute)).toBe(1);
    expect(asked).toBe(1);
    vi.advanceTimersByTime(100);
    expect(await cache.get('k', c.compute)).toBe(2);
    expect(asked).toBe(2);
    cache.clear();
    expect(await cache.get('k', c.compute)).toBe(3);
  });

  it('keeps nothing past its maximum age, nor when the version cannot be read', async () => {
    vi.useFakeTimers();
    const cache = new ReadCache(async () => 'v', { maxAgeMs: 1000, checkEveryMs: 0 });
    const c = counter();
    await cache.get('k', c.compute);
    vi.advanceTimersByTime(1001);
    expect(await cache.get('k', c.compute)).toBe(2);
    const failing = new ReadCache(() => Promise.reject(new Error('gone')), { maxAgeMs: 60_000, checkEveryMs: 0 });
    const d = counter();
    await failing.get('k', d.compute);
    expect(await failing.get('k', d.compute)).toBe(2);
  });

  it('shares one computation between concurrent callers and never keeps a failure', async () => {
    const cache = new ReadCache(async () => 'v', { maxAgeMs: 60_000 });
    let calls = 0;
    const slow = () => new Promise<number>((resolve) => { calls++; setTimeout(() => resolve(7), 10); });
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual([7, 7]);
    expect(calls).toBe(1);
    await expect(cache.get('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('bad', async () => 1)).toBe(1);
  });

  it('computes every time with a maximum age of 0, and stays within its size', async () => {
    const off = new ReadCache(async () => 'v', { maxAgeMs: 0 });
    const c = counter();
    await off.get('k', c.compute);
    await off.get('k', c.compute);
    expect(c.count).toBe(2);
    const small = new ReadCache(async () => 'v', { maxAgeMs: 60_000, maxEntries: 3 });
    for (const k of ['a', 'b', 'c', 'd']) await small.get(k, async () => k);
    let recomputed = false;
    await small.get('a', async () => { recomputed = true; return 'a'; });
    expect(recomputed).toBe(true);
  });
});
