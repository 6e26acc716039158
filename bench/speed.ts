// npm run bench:speed — extraction words per second on one core and memory, over a corpus of
// at least a million words built from the project's own fixture articles (test/fixtures/articles).
// Run with `taskset -c 0` (as the npm script does where taskset exists) to hold it to one core.
// The corpus repeats its articles, so tokens remembered per chunk (tokens.ts) are always found;
// each language is therefore run twice: as built, and with the chunks forgotten before every
// document (the worst case: a text of words never seen). A real stream lies between the two.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../src/extract/pipeline.js';
import { forgetChunks } from '../src/extract/text/tokens.js';
import { projectRoot } from './extract/paths.js';

const TARGET_WORDS = Number(process.env.BENCH_WORDS ?? 1_000_000);
const dir = join(projectRoot(), 'test', 'fixtures', 'articles');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(join(dir, f), 'utf8');
  return { lang: f.startsWith('es-') ? 'es' as const : 'en' as const, text, words: words(text) };
});

function run(lang: 'en' | 'es' | 'all', cold: boolean): void {
  const pool = articles.filter((a) => lang === 'all' || a.lang === lang);
  if (!pool.length) return;
  // Warm up lexicons and the JIT (about 200,000 words, untimed): a long ingest runs warm.
  for (let pass = 0; pass < 150; pass++) for (const a of pool) extractText(`${a.text}\n\nWarm-up ${pass}.`, { lang: a.lang });
  let total = 0;
  let docs = 0;
  const rss: number[] = [];
  const checkpoints = [0.25, 0.5, 0.75, 1];
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (total < TARGET_WORDS) {
    const a = pool[docs % pool.length]!;
    // Each document is a distinct string, as a real corpus would be.
    const text = `${a.text}\n\nDocument ${docs}.`;
    if (cold) forgetChunks();
    extractText(text, { lang: a.lang });
    total += a.words + 2;
    docs++;
    if (total >= TARGET_WORDS * checkpoints[rss.length]!) rss.push(process.memoryUsage().rss);
  }
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const rate = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
  // CPU time is what one core spends; wall time also counts waiting for a busy machine.
  const label = `${lang} ${cold ? 'nothing remembered' : 'chunks remembered'}`;
  console.log(`${label.padEnd(23)} ${String(docs).padStart(6)} docs ${String(total).padStart(9)} words  cpu ${cpuSeconds.toFixed(2)} s `
    + `${rate(total / cpuSeconds)} words/s (wall ${seconds.toFixed(2)} s, ${rate(total / seconds).trim()} words/s)   rss at 25/50/75/100%: ${rss.map(mb).join(' / ')}`);
}

console.log(`extraction speed, one process, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
for (const lang of ['en', 'es', 'all'] as const) {
  if (process.env.BENCH_LANG && process.env.BENCH_LANG !== lang) continue;
  run(lang, false);
  run(lang, true);
}
console.log(`peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
