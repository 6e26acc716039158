// bench:resolution: entity resolution on ../shared/eval/dev, measured on the gold extractions
// (so the extractor's quality does not enter): persons named in several documents should be
// one entity each, and no entity should hold two different persons. Prints figures.
//   node dist/bench/resolution.js [--gold DIR]
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { readGoldDir } from './kb/gold.js';
import { checkResolution } from './kb/resolution-check.js';
import { args } from './kb/measure.js';

const a = args();
const dir = a.get('gold') ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'dev');
const path = join(tmpdir(), `dossier-bench-resolution-${process.pid}.db`);
const store = await openSqliteStore(path);
try {
  const r = await checkResolution(store, readGoldDir(dir));
  const joined = r.multiDocument.filter((m) => m.entities.length === 1).length;
  console.log(`bench:resolution ${new Date().toISOString().slice(0, 10)} · ${dir}`);
  console.log(`  documents                          ${r.documents}`);
  console.log(`  gold persons (per document)        ${r.goldPersons}`);
  console.log(`  persons named in several documents ${r.multiDocument.length}; one entity each: ${joined}/${r.multiDocument.length}`);
  for (const m of r.multiDocument) {
    console.log(`    ${m.entities.length === 1 ? 'ok  ' : 'SPLIT'} ${m.names.join(' / ')} (${m.documents} documents) -> entit${m.entities.length === 1 ? 'y' : 'ies'} ${m.entities.join(', ')}`);
  }
  console.log(`  entities holding two gold persons  ${r.mixed.length}`);
  for (const m of r.mixed) console.log(`    MIXED entity ${m.entity} ${m.name}: ${m.persons.join(' + ')}`);
  console.log(`  open merge candidates              ${r.mergeCandidates}`);
} finally {
  await store.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
