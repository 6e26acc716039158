// Runs benchmark queries through screening and counts: recall at rank 1, precision of what
// is reported at the threshold, false alarms among names not on the list, queries per second.
import type { ScreeningIndex } from '../../src/screen/screening-index.js';
import { screenOne } from '../../src/screen/screen.js';
import type { BenchQuery } from './variants.js';
import type { ListTruth } from './truth.js';

export interface Figures {
  positives: number;
  negatives: number;
  recallAt1: number;
  precision: number;
  falseAlarmRate: number;
  queriesPerSecond: number;
  misses: BenchQuery[];
  falseAlarms: Array<{ query: BenchQuery; name: string; score: number }>;
}

const positions = new WeakMap<ScreeningIndex, Map<string, number>>();

function entryPosition(index: ScreeningIndex, list: string, id: string): number {
  let map = positions.get(index);
  if (!map) {
    map = new Map(index.entries.map((e, k) => [`${e.list}\u0000${e.id}`, k]));
    positions.set(index, map);
  }
  return map.get(`${list}\u0000${id}`) ?? -1;
}

export function evaluate(queries: readonly BenchQuery[], index: ScreeningIndex, truth: ListTruth, threshold: number): Figures {
  let hits = 0;
  let reported = 0;
  let correct = 0;
  let positives = 0;
  let negatives = 0;
  let alarms = 0;
  const misses: BenchQuery[] = [];
  const falseAlarms: Figures['falseAlarms'] = [];
  // CPU time of this process, not wall time: the machine is shared, and the figure wanted
  // is what one core does (the process is single-threaded apart from garbage collection).
  // Warm up first (JIT compilation, lazily filled caches): the figure is the steady rate.
  for (const q of queries.slice(0, 300)) screenOne({ id: '', name: q.text, kind: null, country: null, birth_date: null }, index, { threshold, limit: 5 });
  const started = process.cpuUsage();
  const results = queries.map((q, k) => screenOne({ id: String(k), name: q.text, kind: null, country: null, birth_date: null }, index, { threshold, limit: 5 }));
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  queries.forEach((q, k) => {
    const top = results[k]!.matches[0];
    const topEntry = top ? entryPosition(index, top.list, top.id) : -1;
    if (q.target === null) {
      negatives++;
      if (top) {
        alarms++;
        reported++;
        falseAlarms.push({ query: q, name: top.name, score: top.score });
      }
      return;
    }
    positives++;
    if (!top) {
      misses.push(q);
      return;
    }
    reported++;
    const right = topEntry === q.target || truth.entriesHolding(q.kept).has(topEntry);
    if (right) {
      hits++;
      correct++;
    } else misses.push(q);
  });
  return {
    positives,
    negatives,
    recallAt1: hits / Math.max(positives, 1),
    precision: correct / Math.max(reported, 1),
    falseAlarmRate: alarms / Math.max(negatives, 1),
    queriesPerSecond: queries.length / seconds,
    misses,
    falseAlarms,
  };
}
