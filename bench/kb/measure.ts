// Figures the knowledge-base benchmarks print: memory samples, percentiles, and a small
// argument parser for --name value options.
import { readFileSync, writeFileSync } from 'node:fs';

export interface MemorySample {
  docs: number;
  /** Resident set as the work left it (read before the collection below). */
  rssMb: number;
  /** The highest resident set since the previous sample (Linux), or null where it cannot be read. */
  peakRssMb: number | null;
  /** Live JavaScript heap (after a full collection when --expose-gc is given). */
  heapMb: number;
  /** Heap V8 has committed (holds pages for): live data plus room it keeps between collections. */
  committedMb: number;
  /** Memory outside the JavaScript heap that V8 knows of (buffers, typed arrays' stores). */
  externalMb: number;
}

export function sampleMemory(docs: number): MemorySample {
  const mb = (bytes: number) => bytes / 2 ** 20;
  const peakRssMb = peakRssSinceLastSample();
  const rssMb = mb(process.memoryUsage.rss());
  // With --expose-gc the heap figure is live data, not garbage waiting for collection.
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { docs, rssMb, peakRssMb, heapMb: mb(m.heapUsed), committedMb: mb(m.heapTotal), externalMb: mb(m.external) };
}

/** The kernel's high-water mark of the resident set (VmHWM), reset after reading (clear_refs 5). */
function peakRssSinceLastSample(): number | null {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    writeFileSync('/proc/self/clear_refs', '5');
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/**
 * How a figure of the samples from `from` documents on moves per 10,000 documents, in MB: the
 * median of the slopes between every two samples (Theil–Sen), so that one interval's spike (a
 * full collection that kept floating garbage, and let the heap grow to twice that before the
 * next) does not pass for a trend. Null with fewer than three such samples, or a figure not
 * read.
 */
export function slopePer10k(samples: readonly MemorySample[], from: number, figure: (m: MemorySample) => number | null): number | null {
  const points = samples.filter((m) => m.docs >= from).map((m) => [m.docs / 10_000, figure(m)] as const);
  if (points.length < 3 || points.some(([, y]) => y === null)) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (xj !== xi) slopes.push(((yj as number) - (yi as number)) / (xj - xi));
    }
  }
  if (slopes.length === 0) return null;
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  return slopes.length % 2 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function args(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      out.set(a.slice(2), next);
      i++;
    } else out.set(a.slice(2), 'true');
  }
  return out;
}

export function intArg(a: Map<string, string>, name: string, fallback: number): number {
  const v = a.get(name);
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not ${v}`);
  return n;
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
