// Candidates' name forms, kept by entity id past the profile objects they were sorted for.
import { describe, expect, it } from 'vitest';
import { formsOf } from './candidate-forms.js';
import { personForms } from './person-forms.js';
import { frozenProfile } from '../../store/sql/packed-profiles.js';

function candidate(id: number, names: string[]) {
  return frozenProfile({ id, kind: 'person', name: names[0]!, country: null, orgType: null, names, roles: [], unresolved: false });
}

describe('name forms of candidates', () => {
  it('are the sorted forms of the names, the same object for the same profile', () => {
    const c = candidate(900_001, ['Rubén Rocha Moya', 'Rocha Moya', '"El Doctor"']);
    expect(formsOf(c)).toEqual(personForms(c.names));
    expect(formsOf(c)).toBe(formsOf(c));
  });

  it('come back equal for a new object of the same entity, sharing one-word surnames and tokens', () => {
    const names = ['Claudia Sheinbaum Pardo', 'Sheinbaum'];
    const first = formsOf(candidate(900_002, names));
    const again = formsOf(candidate(900_002, [...names]));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(again.surnames.find((s) => s.length === 1 && s[0] === 'sheinbaum')).toBe(first.surnames.find((s) => s.length === 1 && s[0] === 'sheinbaum'));
    expect(again.nicknames).toBe(first.nicknames);
  });

  it('are sorted again when the entity learnt a name, or the id is another store\'s entity', () => {
    formsOf(candidate(900_003, ['Emilio Rivas']));
    const learnt = formsOf(candidate(900_003, ['Emilio Rivas', 'Emilio Rivas Mora']));
    expect(learnt).toEqual(personForms(['Emilio Rivas', 'Emilio Rivas Mora']));
    expect(learnt.primary).toEqual(['emilio', 'rivas', 'mora']);
    const other = formsOf(candidate(900_003, ['Ana Luisa Pérez']));
    expect(other.primary).toEqual(['ana', 'luisa', 'perez']);
  });
});
