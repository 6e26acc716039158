// The name forms of candidates. Sorting a person's names into forms (personForms) took about 20
// µs for a name not seen lately, and resolution compares every candidate's forms: the store
// keeps most profiles packed and hands out a new object each time it unpacks one, so the forms
// are kept by entity id as well, packed the same way (PackedValues, about 40 bytes each outside
// the JavaScript heap), with the names they were sorted from so that a profile that learnt a name
// is sorted again. Ids are a store's, and a process may open more than one store: the names
// kept with the forms make an id of another store with other names sort its own.
import type { CandidateProfile } from '../../store/records.js';
import { PackedValues } from '../../store/sql/packed-values.js';
import { personForms, sharedForm, type PersonForms } from './person-forms.js';

/**
 * Packed: [the names, primary, full forms, surname forms, nicknames]. The token lists come back
 * as lists of the word dictionary's own strings, shared by every form that uses the word.
 */
type Packed = [readonly string[], string[], string[][], string[][], string[]];

/** Entities and bytes of forms kept packed (see IdSlices for what goes past either). */
const MAX_IDS = 250_000;
const MAX_BYTES = 32 * 2 ** 20;

const byProfile = new WeakMap<CandidateProfile, PersonForms>();
const packed = new PackedValues<Packed>(MAX_IDS, MAX_BYTES);

function pack(id: number, names: readonly string[], f: PersonForms): void {
  packed.set(id, [names, f.primary, f.full, f.surnames, f.nicknames]);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function unpack([known, primary, full, surnames, nicknames]: Packed, names: readonly string[]): PersonForms | null {
  if (!sameNames(known, names)) return null;
  return sharedForm({ primary, full, surnames, nicknames });
}

/** The forms of a candidate person's names (the same object while the store hands out the same profile). */
export function formsOf(c: CandidateProfile): PersonForms {
  const known = byProfile.get(c);
  if (known) return known;
  const row = packed.get(c.id);
  let forms = row ? unpack(row, c.names) : null;
  if (!forms) {
    forms = personForms(c.names);
    pack(c.id, c.names, forms);
  }
  byProfile.set(c, forms);
  return forms;
}

