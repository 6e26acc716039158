// The candidate cache's profiles: the most recent as objects, the rest packed.
import { describe, expect, it } from 'vitest';
import { PackedProfiles, frozenProfile } from './packed-profiles.js';
import type { CandidateProfile } from '../records.js';

function profile(id: number, extra: Partial<CandidateProfile> = {}): CandidateProfile {
  return frozenProfile({
    id, kind: 'person', name: `Person ${id}`, country: id % 2 ? 'MX' : null, orgType: null,
    names: [`Person ${id}`, `P. ${id}`], roles: id % 3 ? [] : [{ title: 'governor', jurisdiction: 'sinaloa' }], unresolved: id % 5 === 0,
    ...extra,
  });
}

describe('candidate profiles packed past the most recent', () => {
  it('gives back every profile it let go of as objects, equal to what was set', () => {
    const m = new PackedProfiles(3, 100, 10_000);
    for (let id = 1; id <= 10; id++) m.set(id, profile(id));
    for (let id = 1; id <= 10; id++) expect(m.get(id)).toEqual(profile(id));
    expect(m.has(1)).toBe(true);
    expect(m.get(11)).toBeUndefined();
    expect(m.has(11)).toBe(false);
  });

  it('hands out frozen profiles that share one roles list when they have none', () => {
    const m = new PackedProfiles(1, 100, 10_000);
    m.set(1, profile(1)).set(2, profile(2)).set(4, profile(4));
    const [a, b] = [m.get(1)!, m.get(2)!];
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.names)).toBe(true);
    expect(a.roles).toBe(b.roles);
    expect(a.roles).toEqual([]);
  });

  it('keeps accents, quotes and empty jurisdictions through packing', () => {
    const m = new PackedProfiles(1, 100, 10_000);
    const odd = profile(7, { name: 'José "El Güero" Núñez', names: ['José "El Güero" Núñez', 'Núñez'], roles: [{ title: 'alcalde', jurisdiction: '' }], country: null, orgType: 'cartel' });
    m.set(7, odd).set(8, profile(8));
    expect(m.get(7)).toEqual(odd);
  });

  it('forgets a changed profile\'s packed copy, and what is deleted or cleared', () => {
    const m = new PackedProfiles(1, 100, 10_000);
    m.set(1, profile(1)).set(2, profile(2));
    m.set(1, profile(1, { names: ['Person 1', 'New Name'] }));
    m.set(3, profile(3));
    expect(m.get(1)!.names).toEqual(['Person 1', 'New Name']);
    expect(m.delete(2)).toBe(true);
    expect(m.delete(2)).toBe(false);
    expect(m.get(2)).toBeUndefined();
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get(1)).toBeUndefined();
    expect(m.get(3)).toBeUndefined();
  });

  it('starts the packed profiles over when their bytes would pass the limit', () => {
    const m = new PackedProfiles(1, 100, 100);
    for (let id = 1; id <= 10; id++) m.set(id, profile(id));
    // About 20 bytes each: the oldest packed ones went when the bytes ran out.
    expect(m.get(10)).toEqual(profile(10));
    expect(m.get(9)).toEqual(profile(9));
    expect(m.get(1)).toBeUndefined();
  });
});
