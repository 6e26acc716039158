// The linking rule: strong enough evidence for the name level links; anything else becomes a
// new entity with merge candidates, never a silent guess.
import { describe, expect, it } from 'vitest';
import { decide, type Scored } from './decide.js';

const s = (id: number, level: Scored['level'], context: number, countryConflict = false): Scored => ({ id, level, context, countryConflict, reasons: [] });

describe('decide', () => {
  it('links an exact name unless the countries differ', () => {
    expect(decide([s(1, 'exact', 0)])).toMatchObject({ action: 'link', id: 1 });
    expect(decide([s(1, 'exact', 3, true)])).toMatchObject({ action: 'new', candidates: [{ id: 1 }] });
  });

  it('asks more context of weaker names', () => {
    expect(decide([s(1, 'compatible', 0)])).toMatchObject({ action: 'new' });
    expect(decide([s(1, 'compatible', 1)])).toMatchObject({ action: 'link', id: 1 });
    expect(decide([s(1, 'surname', 2)])).toMatchObject({ action: 'new' });
    expect(decide([s(1, 'surname', 3)])).toMatchObject({ action: 'link', id: 1 });
    expect(decide([s(1, 'weak', 10)])).toMatchObject({ action: 'new', candidates: [{ id: 1 }] });
  });

  it('refuses to choose between equally good entities without a clear lead', () => {
    expect(decide([s(1, 'compatible', 1), s(2, 'compatible', 1)])).toMatchObject({ action: 'new', candidates: [{ id: 1 }, { id: 2 }] });
    expect(decide([s(1, 'compatible', 1), s(2, 'compatible', 3)])).toMatchObject({ action: 'link', id: 2 });
    expect(decide([s(1, 'exact', 0), s(2, 'compatible', 3)])).toMatchObject({ action: 'link', id: 1 });
  });

  it('sends an undecidable mention to the entity made the last time the name was undecided', () => {
    const holder = { ...s(3, 'exact', 0), unresolved: true };
    expect(decide([s(1, 'exact', 0), s(2, 'exact', 0), holder])).toMatchObject({ action: 'link', id: 3 });
    expect(decide([s(1, 'exact', 0), s(2, 'exact', 0)])).toMatchObject({ action: 'new' });
    expect(decide([s(1, 'exact', 3), { ...s(2, 'exact', 0), unresolved: true }])).toMatchObject({ action: 'link', id: 1 });
  });

  it('never adds a holder to holders: with several, the oldest takes the mention', () => {
    const holder = (id: number) => ({ ...s(id, 'exact', 0), unresolved: true });
    expect(decide([s(1, 'exact', 0), holder(9), s(2, 'exact', 0), holder(4)])).toMatchObject({ action: 'link', id: 4 });
  });

  it('gives a lone surname to a person of that surname picked out by context, before the entity of that name alone', () => {
    const alone = s(1, 'exact', 0);
    expect(decide([alone, s(2, 'surname', 3)], true)).toMatchObject({ action: 'link', id: 2 });
    expect(decide([alone, s(2, 'surname', 3)])).toMatchObject({ action: 'link', id: 1 });
    // Two persons of that surname without a clear lead, or too little context: the name alone takes it.
    expect(decide([alone, s(2, 'surname', 3), s(3, 'surname', 3)], true)).toMatchObject({ action: 'link', id: 1 });
    expect(decide([alone, s(2, 'surname', 2)], true)).toMatchObject({ action: 'link', id: 1 });
  });

  it('never offers conflicting names as candidates', () => {
    expect(decide([s(1, 'conflict', 3), s(2, 'none', 3)])).toEqual({ action: 'new', candidates: [], undecided: false });
  });
});
