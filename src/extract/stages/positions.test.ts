// Positions and parties: titles before names, appositions, former holders, Spanish titles.
import { describe, expect, it } from 'vitest';
import { entity, extract } from '../../../test/support/extraction.js';

describe('positions', () => {
  it('reads titles before the name, with status and jurisdiction', () => {
    const x = extract('Former Chihuahua governor Leandro Aguilar Sosa and U.S. Secretary of State Dana Whitcombe met on Monday.');
    expect(entity(x, 'Leandro Aguilar Sosa')?.positions).toEqual([{ title: 'governor', jurisdiction: 'Chihuahua', status: 'former' }]);
    expect(entity(x, 'Dana Whitcombe')?.positions[0]).toMatchObject({ title: 'secretary of state', jurisdiction: 'United States' });
  });
  it('reads appositions and party membership', () => {
    const x = extract('Paulina Orozco Leal, a federal deputy for the National Action Party, said the mayor of Toluca, Ramón Quiroz, was also a member of the PAN.');
    const p = entity(x, 'Paulina Orozco Leal')!;
    expect(p.positions[0]?.title).toBe('deputy');
    expect(p.parties).toHaveLength(1);
    expect(x.entities.find((e) => e.id === p.parties[0])?.orgType).toBe('political_party');
    expect(entity(x, 'Ramón Quiroz')?.positions[0]).toMatchObject({ title: 'mayor', jurisdiction: 'Toluca' });
  });
  it('maps Spanish gendered and former titles to the spec roles, party adjectives to parties', () => {
    const x = extract('La exgobernadora de Sonora Claudia Pavlovich Arellano y el diputado federal Israel Mena Olea, '
      + 'ambos morenistas, y la presidenta municipal de Tecate, Norma Estrada, negaron las acusaciones.', 'es');
    expect(entity(x, 'Claudia Pavlovich Arellano')?.positions[0]).toMatchObject({ title: 'governor', status: 'former' });
    expect(entity(x, 'Israel Mena Olea')?.positions[0]?.title).toBe('deputy');
    expect(entity(x, 'Norma Estrada')?.positions[0]).toMatchObject({ title: 'mayor', jurisdiction: 'Tecate' });
  });
  it('gives a plural title before a list to everyone listed', () => {
    const x = extract('Este año fueron detenidos tres alcaldes: Uriel Campos, de Tepalcatepec; Rosa Vidal, de Aquila, y Juan Ochoa, de Tuzantla.', 'es');
    for (const n of ['Uriel Campos', 'Rosa Vidal', 'Juan Ochoa']) expect(entity(x, n)?.positions[0]?.title).toBe('mayor');
  });
  it('gives a title after a fronted source to the person it refers to, not to the source', () => {
    const x = extract('El MP capturó al diputado Luis Fernando Tzul Coc. Según la fiscal Consuelo Porras, el legislador del partido Vamos habría cobrado sobornos. '
      + 'Tzul Coc lo negó en su cuenta de X.', 'es');
    expect(entity(x, 'Consuelo Porras')?.positions.map((p) => p.title)).not.toContain('deputy');
    expect(x.entities.map((e) => e.name)).not.toContain('X');
  });
});
