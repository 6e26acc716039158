// Context evidence: the same country and the same position count, a different country blocks,
// and a candidate with many positions is judged as one with a few.
import { describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../../store/records.js';
import { scoreContext } from './context.js';

function profile(roles: { title: string; jurisdiction: string }[], country: string | null = 'MX'): CandidateProfile {
  return { id: 7, kind: 'person', name: 'Lucía Ferrer', country, orgType: null, names: ['Lucía Ferrer'], roles, unresolved: false };
}

/** Many positions of other titles and places, as a person reported in hundreds of documents gathers. */
const crowd = Array.from({ length: 40 }, (_, i) => ({ title: i % 2 ? 'senator' : 'mayor', jurisdiction: `place ${i}` }));

describe('scoreContext', () => {
  it('adds a point for the same country and blocks on a different one', () => {
    expect(scoreContext(7, 'exact', { country: 'MX', roles: [] }, profile([]))).toMatchObject({ context: 1, countryConflict: false });
    expect(scoreContext(7, 'exact', { country: 'US', roles: [] }, profile([]))).toMatchObject({ context: 0, countryConflict: true });
    expect(scoreContext(7, 'exact', { country: null, roles: [] }, profile([]))).toMatchObject({ context: 0, countryConflict: false });
  });

  for (const [label, others] of [['a few positions', crowd.slice(0, 2)], ['many positions', crowd]] as const) {
    it(`counts the same position, where a missing jurisdiction fits any (${label})`, () => {
      const c = profile([...others, { title: 'governor', jurisdiction: 'sinaloa' }, { title: 'minister', jurisdiction: '' }], null);
      const points = (title: string, jurisdiction: string) => scoreContext(7, 'compatible', { country: null, roles: [{ title, jurisdiction }] }, c).context;
      expect(points('governor', 'sinaloa')).toBe(2);
      expect(points('governor', '')).toBe(2);
      expect(points('governor', 'sonora')).toBe(0);
      expect(points('minister', 'anywhere')).toBe(2);
      expect(points('judge', '')).toBe(0);
      expect(scoreContext(7, 'compatible', { country: null, roles: [{ title: 'governor', jurisdiction: 'sinaloa' }] }, c).reasons)
        .toEqual(['same position governor of sinaloa']);
    });
  }
});
