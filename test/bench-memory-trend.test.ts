// The memory trend bench:ingest prints: how a figure moves per 10,000 documents once warmed up
// (the median of pairwise slopes).
import { describe, expect, it } from 'vitest';
import { slopePer10k, type MemorySample } from '../bench/kb/measure.js';

const sample = (docs: number, peakRssMb: number | null, heapMb = 100): MemorySample => ({ docs, rssMb: 0, peakRssMb, heapMb, committedMb: 0, externalMb: 0 });

describe('memory trend', () => {
  it('is the slope per 10,000 documents over the samples from the given count on', () => {
    // Warm-up growth before 30,000 documents is left out; 7 MB per 10,000 after it.
    const samples = [sample(10_000, 300), sample(20_000, 500), sample(30_000, 600), sample(40_000, 607), sample(50_000, 614), sample(60_000, 621)];
    expect(slopePer10k(samples, 30_000, (m) => m.peakRssMb)).toBeCloseTo(7, 6);
    expect(slopePer10k(samples, 30_000, (m) => m.heapMb)).toBeCloseTo(0, 6);
    expect(slopePer10k(samples, 0, (m) => m.peakRssMb)!).toBeGreaterThan(30);
  });

  it('is not moved much by one interval\'s spike', () => {
    const flat = [600, 602, 599, 601, 600, 603, 600, 700].map((mb, i) => sample(30_000 + 10_000 * i, mb));
    expect(Math.abs(slopePer10k(flat, 30_000, (m) => m.peakRssMb)!)).toBeLessThan(1.5);
  });

  it('says nothing with fewer than three samples or a figure not read', () => {
    expect(slopePer10k([sample(30_000, 600), sample(40_000, 610)], 0, (m) => m.peakRssMb)).toBeNull();
    expect(slopePer10k([sample(30_000, 600), sample(40_000, null), sample(50_000, 620)], 0, (m) => m.peakRssMb)).toBeNull();
  });
});
