// Values packed with their words coded: what goes in comes out, in fewer bytes than JSON.
import { describe, expect, it } from 'vitest';
import { PackedValues, WordCodes, decodeFields, encodeFields, type PackedField } from './packed-values.js';

const profile: PackedField[] = ['person', 'Adriana Maldonado Suárez', 'MX', null, 0, ['Adriana Maldonado Suárez', 'Adriana Maldonado'], ['gobernadora', 'sinaloa']];

describe('values packed with their words coded', () => {
  it('gives back strings, numbers, nulls and lists as they were, odd spacing and accents included', () => {
    const words = new WordCodes(1_000);
    const odd: PackedField[] = ['', ' leading', 'trailing ', 'two  spaces', 'José "El Güero" Núñez', 300, 0, 2 ** 40, null, [], ['', 'a b'], 'Ω 中文'];
    expect(decodeFields(encodeFields(odd, undefined, words), words)).toEqual(odd);
    expect(decodeFields(encodeFields(profile, undefined, words), words)).toEqual(profile);
    // Lists nest, and a list of single words (a name's tokens) comes back as that list.
    const forms: PackedField[] = [['adriana', 'maldonado'], [['adriana', 'maldonado', 'suarez'], ['adriana', 'maldonado']], [[]], ['el chapo', 'x'], [['', 'a']]];
    expect(decodeFields(encodeFields(forms, undefined, words), words)).toEqual(forms);
  });

  it('packs a list of single words in no more bytes than the words joined into one string', () => {
    const words = new WordCodes(1_000);
    const tokens = encodeFields([['adriana', 'maldonado', 'suarez']], undefined, words).length;
    expect(tokens).toBeLessThanOrEqual(encodeFields(['adriana maldonado suarez'], undefined, words).length);
  });

  it('packs a profile in well under half the bytes of its JSON once its words are known', () => {
    const words = new WordCodes(1_000);
    encodeFields(profile, undefined, words);
    const coded = encodeFields(profile, undefined, words).length;
    const json = new TextEncoder().encode(JSON.stringify(profile)).length;
    expect(coded).toBeLessThan(json / 2);
  });

  it('keeps strings with words past a full dictionary as their bytes, and reads both kinds back', () => {
    const words = new WordCodes(3);
    const fields: PackedField[] = ['a b c', 'a d', ['c', 'new words here']];
    expect(decodeFields(encodeFields(fields, undefined, words), words)).toEqual(fields);
    expect(words.size).toBe(3);
  });

  it('refuses what it cannot pack rather than packing it wrong', () => {
    expect(() => encodeFields([-1])).toThrow(RangeError);
    expect(() => encodeFields([1.5])).toThrow(RangeError);
  });

  it('keeps values by id, replaced, deleted and cleared', () => {
    const m = new PackedValues<PackedField[]>(10, 1_000, new WordCodes(100));
    m.set(1, profile);
    m.set(2, ['x']);
    m.set(2, ['y', 2]);
    expect(m.get(1)).toEqual(profile);
    expect(m.get(2)).toEqual(['y', 2]);
    expect(m.get(3)).toBeUndefined();
    expect(m.delete(1)).toBe(true);
    expect(m.has(1)).toBe(false);
    m.clear();
    expect(m.size).toBe(0);
    expect(m.get(2)).toBeUndefined();
  });
});
