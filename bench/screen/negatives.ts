// Names that are not on the list, to count false alarms: real ones (Mexican legislators and
// their substitutes) and invented ones, recombined from real given names and surnames of the
// legislators and of the list's own Latin American entries, checked to be off the list.
import type { ListEntry } from '../../src/model/list.js';
import { parseName } from '../../src/names/parse.js';
import { isDrugOrLatam } from './sources.js';
import type { Rng } from './rng.js';
import type { ListTruth } from './truth.js';

export interface NamePools {
  given: string[];
  surnames: string[];
}

/** Given names and surnames from real names: legislators (given names first, two surnames last) and SDN persons. */
export function namePools(realNames: readonly string[], list: readonly ListEntry[]): NamePools {
  const given: string[] = [];
  const surnames: string[] = [];
  for (const n of realNames) {
    const toks = parseName(n, 'person').tokens.map((t) => t.text);
    if (toks.length < 3) continue;
    surnames.push(...toks.slice(-2));
    given.push(...toks.slice(0, -2));
  }
  for (const e of list) {
    if (e.kind !== 'person' || !isDrugOrLatam(e)) continue;
    for (const t of parseName(e.name, 'person').tokens) (t.role === 'surname' ? surnames : given).push(t.text);
  }
  // Repeats are kept on purpose: common names stay common when drawn.
  return { given: given.filter((t) => t.length > 1), surnames: surnames.filter((t) => t.length > 1) };
}

const title = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** `count` invented person names, none of them (or a part of them) a name on the list. */
export function inventedNames(count: number, pools: NamePools, truth: ListTruth, rng: Rng): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const given = [rng.pick(pools.given)];
    if (rng.chance(0.4)) given.push(rng.pick(pools.given));
    const surnames = [rng.pick(pools.surnames)];
    if (rng.chance(0.8)) surnames.push(rng.pick(pools.surnames));
    const toks = [...given, ...surnames];
    if (new Set(toks).size < toks.length) continue;
    const key = [...toks].sort().join(' ');
    if (seen.has(key) || truth.overlapsListName(toks)) continue;
    seen.add(key);
    out.push(toks.map(title).join(' '));
  }
  return out;
}
