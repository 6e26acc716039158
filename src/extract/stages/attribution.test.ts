// Attribution: who says it, as the sources of the allegations it reports.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../test/support/extraction.js';

function sourcesOf(text: string, lang: 'en' | 'es' = 'en') {
  const x = extract(text, lang);
  const byId = new Map(x.entities.map((e) => [e.id, e.name] as const));
  return x.allegations.map((a) => a.sources.map((s) => `${s.kind}${s.count ? `#${s.count}` : ''}${s.entity ? `:${byId.get(s.entity)}` : ''}`).join(','));
}

describe('attribution', () => {
  it('counts anonymous sources', () => {
    expect(sourcesOf('Two sources said the former senator Hugo Lira Pons took bribes from the Gulf Cartel.')).toEqual(['anonymous#2', 'anonymous#2']);
    expect(sourcesOf('A government official said Mayor Inés Carbajal had ties to organized crime.')).toEqual(['anonymous#1']);
  });
  it('names the speaker of "according to" and of "X said"', () => {
    expect(sourcesOf('According to the Attorney General\'s Office, Mayor Inés Carbajal embezzled public funds.'))
      .toEqual(["named:Attorney General's Office"]);
    expect(sourcesOf('Mayor Inés Carbajal embezzled public funds, Senator Luis Mendoza Ríos said on Tuesday.'))
      .toEqual(['named:Luis Mendoza Ríos']);
  });
  it('takes documents as sources, and prosecutors as the prosecuting body', () => {
    expect(sourcesOf('Governor Ana Ruiz laundered the money through shell companies, the indictment said.')).toEqual(['document']);
    expect(sourcesOf('The Federal Prosecutor\'s Office opened a case. Prosecutors allege that Judge Omar Beltrán Ruiz took bribes.'))
      .toEqual(["named:Federal Prosecutor's Office"]);
  });
  it('takes the body that investigates as the source: passive agents and relative clauses', () => {
    expect(sourcesOf('Former governor Tomás Yarrington is being investigated by the FGR for money laundering.')).toEqual(['named:FGR']);
    expect(sourcesOf('El exgobernador Tomás Yarrington es investigado por la FGR por lavado de dinero.', 'es')).toEqual(['named:FGR']);
    expect(sourcesOf('Adán Robles, whom the PGR is investigating for kidnapping, fled to the United States.')).toEqual(['named:PGR']);
    expect(sourcesOf('Former mayor Julio Campos was arrested after prosecutors charged him with money laundering.')).toEqual(['named:prosecutors']);
    expect(sourcesOf('El exsenador Mario Ugalde quedó detenido después de que la Fiscalía ordenara su captura por presuntos vínculos con los paramilitares.', 'es'))
      .toEqual(['named:Fiscalía']);
    // "por" before the crime names no one.
    expect(sourcesOf('El exgobernador Tomás Yarrington fue acusado por lavado de dinero.', 'es')).toEqual(['document']);
  });
  it('names a body called by what it is, past an adverbial between commas', () => {
    expect(sourcesOf('Police arrested Silvano Ortiz, a former governor, on charges of embezzlement, the attorney general\'s office said.'))
      .toEqual(["named:attorney general's office"]);
    expect(sourcesOf('La cancillería informó que el gobernador Luis Mora tenía vínculos con el Cártel del Golfo.', 'es')).toEqual(['named:cancillería']);
  });
  it('does not take the outlet of a dateline as the subject of the first sentence', () => {
    const x = extract('MEXICO CITY (Reuters) - Mexican authorities on Tuesday arrested Silvano Ortiz, a former governor, on charges of embezzlement.');
    const arrest = x.events.find((v) => v.kind === 'arrest');
    expect(arrest?.actors.map((id) => x.entities.find((e) => e.id === id)?.name)).not.toContain('Reuters');
    expect(x.text.slice(arrest!.span.start, arrest!.span.end)).toMatch(/^Mexican authorities/);
  });
  it('lets the article speak for itself when no one is named', () => {
    expect(sourcesOf('Marco Quintero, the alleged leader of the Sinaloa Cartel, was arrested in Culiacán.')[0]).toBe('outlet');
  });
  it('reads Spanish attribution', () => {
    expect(sourcesOf('Según la Fiscalía General de la República, el alcalde Pedro Ruelas recibió sobornos del cártel.', 'es')[0])
      .toBe('named:Fiscalía General de la República');
    expect(sourcesOf('Dos fuentes consultadas por este diario señalaron que el diputado Jaime Orozco lavó dinero para el cártel.', 'es')[0])
      .toMatch(/^anonymous#2/);
  });
});

describe('outlet', () => {
  it('is read from the dateline or from the outlet speaking of its own work', () => {
    expect(extract('BOGOTA (Reuters) - Police detained Mayor Luis Ospina on Friday.').document.outlet).toBe('Reuters');
    expect(extract('Two sources said the governor met cartel leaders. Reuters could not verify the claim.').document.outlet).toBe('Reuters');
    expect(extract('A government official told EFE the mayor was detained.').document.outlet).toBeNull();
  });
});
