// Figures the knowledge-base benchmarks print: memory samples, percentiles, and a small
// argument parser for --name value options.
export interface MemorySample {
  docs: number;
  rssMb: number;
  /** Live JavaScript heap (after a full collection when --expose-gc is given). */
  heapMb: number;
  /** Heap V8 has committed (holds pages for): live data plus room it keeps between collections. */
  committedMb: number;
  /** Memory outside the JavaScript heap that V8 knows of (buffers, typed arrays' stores). */
  externalMb: number;
}

export function sampleMemory(docs: number): MemorySample {
  // With --expose-gc the heap figure is live data, not garbage waiting for collection.
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { docs, rssMb: mb(m.rss), heapMb: mb(m.heapUsed), committedMb: mb(m.heapTotal), externalMb: mb(m.external) };
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
