// Precision and recall on the labelled name-variant pairs in ../shared/data/name-variants:
// each pair's second name is put on a small list, the first is screened against it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScreeningIndex } from '../../src/screen/screening-index.js';
import { screenOne } from '../../src/screen/screen.js';
import type { ListEntry } from '../../src/model/list.js';
import { Rng } from './rng.js';
import { SHARED } from './sources.js';

interface Pair {
  query: string;
  expected: string;
}

const SURNAMES = ['Miller', 'Ortega', 'Fischer', 'Navarro', 'Kowalski', 'Okafor', 'Lindqvist', 'Haddad'];

function entry(id: string, name: string): ListEntry {
  return { id, kind: 'person', name, aliases: [], countries: [], birthDates: [], programs: [], remarks: null };
}

/** Recall at rank 1 and precision when each query is screened against all expected names of its set. */
function score(label: string, pairs: Pair[], threshold: number): Promise<string> {
  const names = [...new Set(pairs.map((p) => p.expected))];
  const ids = new Map(names.map((n, k) => [n, String(k)]));
  return buildScreeningIndex([{ name: 'pairs', entries: names.map((n) => entry(ids.get(n)!, n)) }]).then((index) => {
    let hits = 0;
    let reported = 0;
    for (const p of pairs) {
      const top = screenOne({ id: '', name: p.query, kind: 'person', country: null, birth_date: null }, index, { threshold, limit: 1 }).matches[0];
      if (!top) continue;
      reported++;
      // A different expected name spelt the same way is as right as the labelled one.
      if (top.id === ids.get(p.expected) || top.name.toLowerCase() === p.expected.toLowerCase()) hits++;
    }
    return `${label.padEnd(34)} recall@1 ${(hits / pairs.length).toFixed(4)}  precision ${(hits / Math.max(reported, 1)).toFixed(4)}  (${pairs.length} pairs, ${names.length} list names)`;
  });
}

export async function pairLines(threshold: number): Promise<string[]> {
  const dir = join(SHARED, 'name-variants');
  const rng = new Rng(5);
  // English nicknames: "Bill Miller" screened against "William Miller" (and every other formal name).
  const nick = readFileSync(join(dir, 'nicknames_en.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','));
  const nickPairs = nick.map(([formal, , short]) => {
    const s = rng.pick(SURNAMES);
    return { query: `${short} ${s}`, expected: `${formal} ${s}` };
  });
  // Cross-script: "محمد علي" against "Mohamed Ali".
  const cross = readFileSync(join(dir, 'watchman_cross_script_pairs.csv'), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const crossPairs = cross.map((l) => l.split(',')).map(([q, e]) => ({ query: q!, expected: e! }));
  // Arabic words to their English transliteration, with a surname so names have two parts.
  const ar = readFileSync(join(dir, 'google_ar2en.tsv'), 'utf8').split(/\r?\n/).filter(Boolean).map((l) => l.split('\t'));
  const arPairs = rng.shuffle(ar.filter(([a, e]) => a && e && e.length >= 3 && /^[a-z' -]+$/.test(e))).slice(0, 3000).map(([a, e]) => ({ query: a!, expected: e! }));
  return Promise.all([score('English nicknames (nicknames_en)', nickPairs, threshold), score('cross-script (watchman pairs)', crossPairs, threshold), score('Arabic→Latin words (ar2en, 3000)', arPairs, threshold)]);
}
