// `npm run bench:screen`: screening quality and speed on the real SDN list (queries built with
// seeded variations, a held-out seed, real Mexican legislators as names not on the list), on a
// list of one million names, and on labelled name-variant pairs. Prints figures; asserts nothing.
import { parseName } from '../src/names/parse.js';
import { spanishKey } from '../src/names/phonetic.js';
import { DEFAULT_THRESHOLD } from '../src/screen/screen.js';
import { buildScreeningIndex, type ScreeningIndex } from '../src/screen/screening-index.js';
import type { ListEntry } from '../src/model/list.js';
import { evaluate, type Figures } from './screen/evaluate.js';
import { memoryMb } from './screen/memory.js';
import { millionEntries } from './screen/million.js';
import { inventedNames, namePools } from './screen/negatives.js';
import { pairLines } from './screen/pairs.js';
import { Rng } from './screen/rng.js';
import { SHARED, isDrugOrLatam, loadLegislators, loadSdn } from './screen/sources.js';
import { ListTruth } from './screen/truth.js';
import { nameVariant, type BenchQuery } from './screen/variants.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const DEV_SEED = Number(args.get('seed') ?? 1);
const HELD_OUT_SEED = Number(args.get('heldout-seed') ?? 20261128);
const QUERIES = Number(args.get('queries') ?? 4000);
const THRESHOLD = Number(args.get('threshold') ?? DEFAULT_THRESHOLD);
const VERBOSE = args.has('verbose');
const SKIP_MILLION = args.has('no-million');

function listQueries(entries: readonly ListEntry[], count: number, rng: Rng): BenchQuery[] {
  const focus = entries.map((e, k) => (isDrugOrLatam(e) ? k : -1)).filter((k) => k >= 0);
  const rest = entries.map((e, k) => (isDrugOrLatam(e) ? -1 : k)).filter((k) => k >= 0);
  const out: BenchQuery[] = [];
  for (let n = 0; n < count; n++) {
    const k = rng.chance(0.6) ? rng.pick(focus) : rng.pick(rest);
    out.push(nameVariant(entries[k]!, k, rng));
  }
  return out;
}

/** CPU milliseconds since `since` (garbage collection threads included). */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function offList(names: readonly string[]): BenchQuery[] {
  return names.map((text) => ({ text, target: null, kept: [], variations: ['not on list'] }));
}

function row(label: string, f: Figures, extra = ''): string {
  return `${label.padEnd(34)} recall@1 ${f.recallAt1.toFixed(4)}  precision ${f.precision.toFixed(4)}  false alarms ${(100 * f.falseAlarmRate).toFixed(2).padStart(5)}% of ${String(f.negatives).padStart(4)}  ${f.queriesPerSecond.toFixed(0).padStart(6)} q/s${extra}`;
}

function details(f: Figures): void {
  if (!VERBOSE) return;
  for (const m of f.misses.slice(0, 40)) console.log(`  miss: ${m.text}  [${m.variations.join(', ')}]`);
  for (const a of f.falseAlarms.slice(0, 40)) console.log(`  false alarm: ${a.query.text} → ${a.name} (${a.score})`);
}

async function main(): Promise<void> {
  console.log(`Screening benchmark, ${new Date().toISOString().slice(0, 10)}, threshold ${THRESHOLD}, Node ${process.version}, one core`);
  const sdn = await loadSdn();
  const legislators = await loadLegislators();
  const memBefore = memoryMb();
  const cpuBefore = process.cpuUsage();
  const index = await buildScreeningIndex([{ name: 'ofac', entries: sdn }]);
  const buildCpu = cpuMs(cpuBefore);
  const memAfter = memoryMb();
  console.log(`SDN index: ${sdn.length} entries, ${index.names.nameCount} names (aliases included), ${index.names.table.size} distinct tokens; built in ${index.buildMs.toFixed(0)} ms (${buildCpu.toFixed(0)} ms CPU), about ${(memAfter - memBefore).toFixed(0)} MB`);
  const truth = new ListTruth(sdn);
  const soundTruth = new ListTruth(sdn, spanishKey);
  const pools = namePools([...legislators.members, ...legislators.substitutes], sdn);
  const members = offList(legislators.members);

  for (const [label, seed] of [['dev seed', DEV_SEED], ['held-out seed', HELD_OUT_SEED]] as const) {
    // A fresh index for each run, so the second is not sped up by the first one's caches.
    const index = await buildScreeningIndex([{ name: 'ofac', entries: sdn }]);
    const rng = new Rng(seed);
    const positives = listQueries(sdn, QUERIES, rng);
    const invented = offList(inventedNames(Math.round(QUERIES / 2), pools, soundTruth, rng));
    const all = [...positives, ...invented, ...members, ...offList(legislators.substitutes)];
    rng.shuffle(all);
    const f = evaluate(all, index, truth, THRESHOLD);
    const onMembers = evaluate(members, index, truth, THRESHOLD);
    console.log(row(`SDN, ${label} ${seed} (${all.length} q)`, f, `  legislators flagged ${(100 * onMembers.falseAlarmRate).toFixed(2)}% of ${members.length}`));
    details(f);
  }

  for (const line of await pairLines(THRESHOLD)) console.log(line);
  if (SKIP_MILLION) return;

  const rng = new Rng(DEV_SEED + 1000);
  const big = millionEntries(sdn, { given: pools.given, surnames: pools.surnames }, 1_000_000, rng);
  const bigBefore = memoryMb();
  const bigCpuBefore = process.cpuUsage();
  const bigIndex: ScreeningIndex = await buildScreeningIndex([{ name: 'big', entries: big }]);
  const bigCpu = cpuMs(bigCpuBefore);
  const bigAfter = memoryMb();
  console.log(`1M index: ${big.length} entries, ${bigIndex.names.nameCount} names, ${bigIndex.names.table.size} distinct tokens; built in ${(bigIndex.buildMs / 1000).toFixed(1)} s (${(bigCpu / 1000).toFixed(1)} s CPU), about ${(bigAfter - bigBefore).toFixed(0)} MB`);
  const bigTruth = new ListTruth(big);
  const bigSound = new ListTruth(big, spanishKey);
  const qrng = new Rng(HELD_OUT_SEED + 1);
  const positives = listQueries(sdn, Math.round(QUERIES / 2), qrng);
  const negatives = offList(inventedNames(Math.round(QUERIES / 4), pools, bigSound, qrng));
  const cleanMembers = members.filter((m) => !bigSound.overlapsListName(parseName(m.text, 'person').tokens.map((t) => t.text)));
  const f = evaluate(qrng.shuffle([...positives, ...negatives, ...cleanMembers]), bigIndex, bigTruth, THRESHOLD);
  console.log(row(`1M names, held-out (${positives.length + negatives.length + cleanMembers.length} q)`, f));
  details(f);
}

try {
  await main();
} catch (err) {
  // Most likely ../shared/data is not beside the checkout: say so in one line.
  process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)} (shared data looked for in ${SHARED}; set DOSSIER_SHARED_DATA to move it)\n`);
  process.exitCode = 1;
}
