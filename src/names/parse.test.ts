// Name parsing: comma order, honorifics, particles, legal forms, quoted nicknames.
import { describe, expect, it } from 'vitest';
import { parseName, quotedNicknames } from './parse.js';

const texts = (raw: string, kind?: Parameters<typeof parseName>[1]) => parseName(raw, kind).tokens.map((t) => t.text);

describe('parseName', () => {
  it('reads SDN comma order as surnames then given names', () => {
    const p = parseName('GUZMAN LOERA, Joaquin', 'person');
    expect(p.tokens).toEqual([
      { text: 'joaquin', role: 'given' },
      { text: 'guzman', role: 'surname' },
      { text: 'loera', role: 'surname' },
    ]);
  });
  it('drops honorifics, particles and generational suffixes', () => {
    expect(texts('Lic. Marina del Pilar Ávila Olmeda')).toEqual(['marina', 'pilar', 'avila', 'olmeda']);
    expect(texts('Dr. SOTO, Jose Antonio', 'person')).toEqual(['jose', 'antonio', 'soto']);
    expect(texts('John Smith Jr.')).toEqual(['john', 'smith']);
  });
  it('strips legal forms from organizations and guesses the kind from them', () => {
    const p = parseName('Banlu Comercializadora, S.A. de C.V.');
    expect(p.kind).toBe('organization');
    expect(p.tokens.map((t) => t.text)).toEqual(['banlu', 'comercializadora']);
    expect(texts('OOO Romashka', 'organization')).toEqual(['romashka']);
    expect(texts('Cartel de Jalisco Nueva Generación', 'organization')).toEqual(['cartel', 'jalisco', 'nueva', 'generacion']);
  });
  it('leaves quoted nicknames out of the name and reports them', () => {
    expect(texts('Joaquín "El Chapo" Guzmán')).toEqual(['joaquin', 'guzman']);
    expect(quotedNicknames('Joaquín "El Chapo" Guzmán')).toEqual(['El Chapo']);
  });
});

describe('single-letter particles', () => {
  it('drops "y" between names but keeps it as an initial', () => {
    expect(texts('José Ortega y Gasset')).toEqual(['jose', 'ortega', 'gasset']);
    expect(texts('Y. E. Soto Gil')).toEqual(['y', 'e', 'soto', 'gil']);
  });
});
