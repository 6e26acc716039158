// npm run bench:quality — extracts every ../shared/eval/dev/*.txt into a temporary folder and
// prints the scorer's table for English, Spanish, and both together.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from '../src/extract/pipeline.js';
import { sharedDir } from './extract/paths.js';

const devDir = join(sharedDir(), 'eval', 'dev');
const scorer = join(sharedDir(), 'eval', 'score.mjs');
if (!existsSync(devDir) || !existsSync(scorer)) {
  console.error(`Error: evaluation set not found at ${devDir} (set DOSSIER_SHARED to the shared folder)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'dossier-quality-'));
const pred = join(work, 'pred');
mkdirSync(pred);
const groups: Record<string, string[]> = { en: [], es: [], all: [] };
let failures = 0;
const started = performance.now();
for (const file of readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  if (!existsSync(join(devDir, `${name}.json`))) continue;
  try {
    const { extraction } = extractText(readFileSync(join(devDir, file), 'utf8'), { lang: 'auto' });
    writeFileSync(join(pred, `${name}.json`), JSON.stringify(extraction));
    groups[extraction.document.language]!.push(name);
  } catch (err) {
    failures++;
    console.error(`${file}: ${(err as Error).message}`);
    const gold = JSON.parse(readFileSync(join(devDir, `${name}.json`), 'utf8')) as { document?: { language?: string } };
    groups[gold.document?.language === 'es' ? 'es' : 'en']!.push(name);
  }
  groups.all!.push(name);
}
const seconds = (performance.now() - started) / 1000;

for (const [label, names] of [['English', groups.en!], ['Spanish', groups.es!], ['English and Spanish', groups.all!]] as const) {
  if (!names.length) continue;
  const gold = join(work, `gold-${label.replace(/\W+/g, '-')}`);
  mkdirSync(gold);
  for (const n of names) copyFileSync(join(devDir, `${n}.json`), join(gold, `${n}.json`));
  console.log(`\n== ${label} (${names.length} documents)`);
  console.log(execFileSync(process.execPath, [scorer, gold, pred], { encoding: 'utf8' }).trimEnd());
}
console.log(`\nextracted ${groups.all!.length} documents in ${seconds.toFixed(2)} s (${failures} failed); ${new Date().toISOString().slice(0, 10)}`);
rmSync(work, { recursive: true, force: true });
if (failures) process.exitCode = 1;
