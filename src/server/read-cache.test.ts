import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadCache } from './read-cache.js';

describe('ReadCache', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('reuses a result within its time to live, computes again after it or after clear()', async () => {
    vi.useFakeTimers();
    const cache = new ReadCache(1000);
    let n = 0;
    const compute = async () => ++n;
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('other', compute)).toBe(2);
    vi.advanceTimersByTime(1001);
    expect(await cache.get('k', compute)).toBe(3);
    cache.clear();
    expect(await cache.get('k', compute)).toBe(4);
  });

  it('shares one computation between concurrent callers and never keeps a failure', async () => {
    const cache = new ReadCache(60_000);
    let calls = 0;
    const slow = () => new Promise<number>((resolve) => { calls++; setTimeout(() => resolve(7), 10); });
    expect(await Promise.all([cache.get('k', slow), cache.get('k', slow)])).toEqual([7, 7]);
    expect(calls).toBe(1);
    await expect(cache.get('bad', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('bad', async () => 1)).toBe(1);
  });

  it('computes every time with a time to live of 0, and stays within its size', async () => {
    let n = 0;
    const off = new ReadCache(0);
    await off.get('k', async () => ++n);
    await off.get('k', async () => ++n);
    expect(n).toBe(2);
    const small = new ReadCache(60_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) await small.get(k, async () => k);
    let recomputed = false;
    await small.get('a', async () => { recomputed = true; return 'a'; });
    expect(recomputed).toBe(true);
  });
});
