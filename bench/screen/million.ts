// A list of one million names for the scale figures: the real SDN entries plus invented
// entries whose names mix real tokens (drawn from pools that keep their real frequencies, so
// García stays common) with made-up rare ones, so the vocabulary grows as a large list's does.
import type { ListEntry } from '../../src/model/list.js';
import type { NamePools } from './negatives.js';
import type { Rng } from './rng.js';

const SYLLABLES = ['ka', 'ri', 'mo', 'tan', 'sel', 'vo', 'dra', 'ne', 'lu', 'gor', 'pi', 'zan', 'te', 'bru', 'ol', 'min', 'cha', 'fe', 'dul', 'yan', 'sko', 'ver', 'ash', 'hid', 'qu', 'ro', 'ben', 'tsi', 'mar', 'el'];
const ORG_WORDS = ['trading', 'holding', 'logistics', 'import', 'export', 'group', 'services', 'shipping', 'energy', 'finance', 'capital', 'industries', 'consulting', 'construction', 'agro', 'textiles', 'transport', 'mining', 'petroleum', 'investments'];

function invented(rng: Rng): string {
  let w = '';
  const n = 2 + rng.int(2);
  for (let k = 0; k < n; k++) w += rng.pick(SYLLABLES);
  return w;
}

/** Synthetic entries adding up, with `base`, to about `targetNames` names. */
export function millionEntries(base: readonly ListEntry[], pools: NamePools, targetNames: number, rng: Rng): ListEntry[] {
  const out: ListEntry[] = [...base];
  let names = base.reduce((s, e) => s + 1 + e.aliases.length, 0);
  let id = 0;
  while (names < targetNames) {
    const person = rng.chance(0.8);
    let name: string;
    if (person) {
      const given = [rng.pick(pools.given)];
      if (rng.chance(0.35)) given.push(rng.pick(pools.given));
      const surnames = [rng.chance(0.25) ? invented(rng) : rng.pick(pools.surnames)];
      if (rng.chance(0.7)) surnames.push(rng.chance(0.25) ? invented(rng) : rng.pick(pools.surnames));
      name = `${surnames.join(' ').toUpperCase()}, ${given.join(' ')}`;
    } else {
      name = `${invented(rng)} ${rng.pick(ORG_WORDS)}${rng.chance(0.5) ? ` ${rng.pick(ORG_WORDS)}` : ''}`.toUpperCase();
    }
    out.push({ id: `synthetic-${id++}`, kind: person ? 'person' : 'organization', name, aliases: [], countries: [], birthDates: [], programs: [], remarks: null });
    names++;
  }
  return out;
}
