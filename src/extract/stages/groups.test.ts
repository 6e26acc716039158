// Groups: counted and represented sets of people.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/support/extraction.js';

describe('groups', () => {
  it('counts groups of people and not of things', () => {
    const x = extract('Police detained seven people and seized 40 tons of drugs. Mexico extradited 29 cartel suspects, and the governors of all 31 states protested.');
    const groups = x.entities.filter((e) => e.kind === 'group').map((e) => [e.name, e.count]);
    expect(groups).toEqual([['seven people', 7], ['29 cartel suspects', 29], ['governors of all 31 states', 31]]);
  });
  it('leaves out anaphoric counts and sources', () => {
    const x = extract('Two sources said the two men met. Both men denied it.');
    expect(x.entities.filter((e) => e.kind === 'group')).toEqual([]);
  });
  it('makes one group of a person\'s lawyers however they are called', () => {
    const x = extract('Carlos Ibáñez was charged. Ibáñez\'s attorneys said he was innocent. Ibáñez\'s lawyers did not respond later.');
    const g = x.entities.filter((e) => e.kind === 'group');
    expect(g).toHaveLength(1);
    expect(g[0]!.description).toMatch(/Carlos Ibáñez's attorneys and lawyers/);
  });
});
