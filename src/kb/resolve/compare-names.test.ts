// Name forms and levels: what counts as the same written person and what is a namesake.
import { describe, expect, it } from 'vitest';
import { compareForms, compareFull } from './compare-names.js';
import { personForms, personKeys, personTokens } from './person-forms.js';

const forms = (...names: string[]) => personForms(names);

describe('person forms', () => {
  it('drops titles and particles, folds accents and case', () => {
    expect(personTokens('President Claudia Sheinbaum')).toEqual(['claudia', 'sheinbaum']);
    expect(personTokens('GOBERNADORA María del Pilar ÁVILA')).toEqual(['maria', 'pilar', 'avila']);
    expect(personTokens('former governor')).toEqual(['governor']);
  });

  it('sorts written names into full forms, surname forms and nicknames', () => {
    const f = forms('Adán Zenén Casarrubias', 'Casarrubias', 'Adán Casarrubias', 'El Tomate');
    expect(f.full).toEqual([['adan', 'zenen', 'casarrubias'], ['adan', 'casarrubias']]);
    expect(f.surnames).toEqual([['casarrubias'], ['zenen']]);
    expect(f.nicknames).toEqual(['el tomate']);
    const p = forms('Enrique Peña Nieto', 'Peña Nieto');
    expect(p.full).toEqual([['enrique', 'pena', 'nieto']]);
    expect(p.surnames).toContainEqual(['pena', 'nieto']);
    expect(forms('Trump', 'Donald Trump').full).toEqual([['donald', 'trump']]);
    expect(forms('Jairo Castillo Peralta', 'Pitirri').nicknames).toEqual(['pitirri']);
  });

  it('builds given|surname keys so shorter and longer forms meet', () => {
    const keys = personKeys(forms('Alejandro Gertz Manero'), ['Alejandro Gertz Manero']);
    expect(keys).toEqual(expect.arrayContaining(['p:alejandro|gertz', 'p:alejandro|manero', 's:gertz', 'x:alejandro gertz manero']));
  });
});

describe('name levels', () => {
  it('grades full forms', () => {
    const t = (s: string) => personTokens(s);
    expect(compareFull(t('Claudia Sheinbaum'), t('CLAUDIA SHEINBAUM'))).toBe('exact');
    expect(compareFull(t('Alejandro Gertz'), t('Alejandro Gertz Manero'))).toBe('compatible');
    expect(compareFull(t('Erick Ramírez'), t('Erick Ulises Ramírez'))).toBe('compatible');
    expect(compareFull(t('J. Duarte'), t('Javier Duarte'))).toBe('compatible');
    expect(compareFull(t('Javier Duarte'), t('César Duarte'))).toBe('conflict');
    expect(compareFull(t('Andrés Manuel López Obrador'), t('Andrés Manuel López Beltrán'))).toBe('conflict');
    expect(compareFull(t('Mario Uribe Escobar'), t('Álvaro Uribe'))).toBe('conflict');
    expect(compareFull(t('Manuel López Obrador'), t('Andrés Manuel López Obrador'))).toBe('weak');
    expect(compareFull(t('Felipe Cáceres'), t('Felipe Córdova'))).toBe('none');
  });

  it('shortens a Spanish name to its first surname, after any known given names', () => {
    const t = (s: string) => personTokens(s);
    // Rangel, not a given name, is where the surnames start: "Jaime Medina" is another person's short form.
    expect(compareFull(t('Jaime Medina'), t('Jaime Rangel Medina'))).toBe('weak');
    expect(compareFull(t('Jaime Rangel'), t('Jaime Rangel Medina'))).toBe('compatible');
    // Two given names: the surnames start at the third word.
    expect(compareFull(t('Julia Gil'), t('Julia Sofía Galván Gil'))).toBe('weak');
    expect(compareFull(t('Julia Galván'), t('Julia Sofía Galván Gil'))).toBe('compatible');
    expect(compareFull(t('Carlos Mora Ríos'), t('Carlos Ana Mora Ríos'))).toBe('compatible');
    expect(compareFull(t('Julia Galván Gil'), t('Julia Sofía Galván Gil'))).toBe('compatible');
    // An initial counts as a given name.
    expect(compareFull(t('George Bush'), t('George W. Bush'))).toBe('compatible');
    // A surname that is also a given name may be where the surnames start.
    expect(compareFull(t('Carlos Santiago'), t('Carlos Santiago Mora'))).toBe('compatible');
    expect(compareFull(t('Carlos Mora'), t('Carlos Santiago Mora'))).toBe('compatible');
    expect(compareFull(t('Carlos Ana Mora'), t('Carlos Ana Ríos Mora'))).toBe('weak');
  });

  it('lets a longer name of the entity veto a mention that only fits its shorter name', () => {
    expect(compareForms(forms('Emilio Rivas Mora'), forms('Emilio Rivas', 'Emilio Rivas Luna'))).toBe('conflict');
    expect(compareForms(forms('Emilio Rivas'), forms('Emilio Rivas', 'Emilio Rivas Luna'))).toBe('exact');
    expect(compareForms(forms('Emilio Rivas Luna'), forms('Emilio Rivas'))).toBe('compatible');
  });

  it('does not let shorter forms that read differently veto the same full name', () => {
    // Two given names or two surnames: both are ways of writing Susana Jorge Ochoa Rangel.
    const known = forms('Susana Jorge Ochoa Rangel', 'Susana Ochoa Rangel', 'Susana Ochoa');
    expect(compareForms(forms('Susana Jorge Ochoa Rangel', 'Susana Jorge Ochoa'), known)).toBe('exact');
    expect(compareForms(forms('Susana Jorge Ochoa Salinas'), known)).toBe('conflict');
  });

  it('does not let a shared surname alias join namesakes', () => {
    expect(compareForms(forms('Javier Duarte', 'Duarte'), forms('César Duarte', 'Duarte'))).toBe('conflict');
    expect(compareForms(forms('Evo Morales', 'Morales'), forms('Raymundo Pedro Morales'))).toBe('conflict');
  });

  it('grades surname-only and nickname forms', () => {
    expect(compareForms(forms('Sheinbaum'), forms('Claudia Sheinbaum', 'Sheinbaum'))).toBe('surname');
    // Alone, two words could be a given name and a surname: only a candidate, never a link.
    expect(compareForms(forms('Peña Nieto'), forms('Enrique Peña Nieto'))).toBe('weak');
    expect(compareForms(forms('Donald Trump'), forms('Trump'))).toBe('surname');
    expect(compareForms(forms('Servando Gómez', 'La Tuta'), forms('Servando Gómez Martínez', 'La Tuta'))).toBe('compatible');
    expect(compareForms(forms('La Tuta'), forms('Servando Gómez', 'La Tuta'))).toBe('alias');
    expect(compareForms(forms('Sheinbaum'), forms('Marcelo Ebrard'))).toBe('none');
    expect(compareForms(forms('Zamora'), forms('ZAMORA'))).toBe('exact');
    expect(compareForms(forms('Zamora'), forms('Ibarra'))).toBe('none');
  });
});
