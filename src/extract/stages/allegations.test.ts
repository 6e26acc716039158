// Allegations: subjects, categories, verification; claims, never facts without a source.
import { describe, expect, it } from 'vitest';
import { allegationKeys, extract, fixture, spanText } from '../../../test/support/extraction.js';

describe('allegations', () => {
  it('finds who is accused of what, one allegation per category', () => {
    const x = extract('Prosecutors accuse former governor Rodrigo Valdez Ibarra of taking bribes from the Sinaloa Cartel and of laundering the proceeds.');
    expect(allegationKeys(x).sort()).toEqual(['Rodrigo Valdez Ibarra|corruption', 'Rodrigo Valdez Ibarra|money_laundering', 'Rodrigo Valdez Ibarra|organized_crime']);
  });
  it('takes the subject of a passive accusation, past appositions', () => {
    const x = extract('Lucía Méndez Toro, who ran the customs office from 2019 to 2022, was charged with money laundering on Friday.');
    expect(allegationKeys(x)).toEqual(['Lucía Méndez Toro|money_laundering']);
    expect(x.allegations[0]!.sources[0]!.kind).toBe('document');
  });
  it('marks what could not be verified and what a court established', () => {
    const unverified = extract('Reuters could not verify the claim, but two sources said Governor Ana Ruiz Paredes protected the Gulf Cartel.');
    expect(unverified.allegations[0]?.verification).toBe('unverified');
    const confirmed = extract('Former mayor Julián Pardo was convicted of kidnapping and sentenced to 40 years in prison.');
    expect(confirmed.allegations.find((a) => a.category === 'violence')?.verification).toBe('confirmed');
  });
  it('does not read a denial or a fight against crime as an accusation', () => {
    expect(allegationKeys(extract('Governor Ana Ruiz Paredes denied any links to organized crime.'))).toEqual([]);
    expect(allegationKeys(extract('President Omar Lira urged officials to fight corruption and money laundering.'))).toEqual([]);
  });
  it('reads Spanish frames: "cargos contra", clitics, "acusado de" after a relative', () => {
    const x = extract('La fiscal formuló cargos contra el exalcalde Ramón Uribe Soto por delincuencia organizada. '
      + 'Su socio, Mateo Lira, que permanece en prisión acusado de lavado de dinero, no declaró.', 'es');
    expect(allegationKeys(x)).toEqual(expect.arrayContaining(['Ramón Uribe Soto|organized_crime', 'Mateo Lira|money_laundering']));
  });
  it('gives a restatement in the outlet\'s voice the sources of the attributed claim', () => {
    const x = extract('Prosecutors said former mayor Tomás Aranda Gil took bribes from the Gulf Cartel. '
      + 'Aranda, who took bribes for years, fled to Texas in March.');
    const corruption = x.allegations.filter((a) => a.category === 'corruption');
    expect(corruption.length).toBeGreaterThan(0);
    for (const a of corruption) expect(a.sources.map((s) => s.kind)).toEqual(['named']);
    // Without an attributed report, the article's own voice stays the source.
    const alone = extract('Former mayor Tomás Aranda Gil, who took bribes for years, fled to Texas in March.');
    expect(alone.allegations.find((a) => a.category === 'corruption')?.sources.map((s) => s.kind)).toEqual(['outlet']);
  });
  it('reads a long Spanish name, a head of an executive named again, and a verification said after the claim', () => {
    const x = extract('MONTERREY (EFE).- La Fiscalía General de la República (FGR) cumplimentó este martes una orden de aprehensión contra el exgobernador de Tamaulipas '
      + 'Rogelio Javier Treviño Garza de la Peña por su presunta participación en delitos de delincuencia organizada y lavado de dinero. '
      + 'De acuerdo con fuentes federales, el exmandatario habría recibido pagos del Cártel del Golfo. Este diario no pudo verificar esa información.', 'es');
    expect(allegationKeys(x)).toEqual(expect.arrayContaining(['Rogelio Javier Treviño Garza de la Peña|organized_crime', 'Rogelio Javier Treviño Garza de la Peña|money_laundering']));
    const first = x.allegations.find((a) => a.category === 'money_laundering')!;
    expect(first.sources.map((s) => s.kind)).toEqual(['named']);
    expect(spanText(x, first.span)).toMatch(/^La Fiscalía/);
    const anonymous = x.allegations.find((a) => a.sources.some((s) => s.kind === 'anonymous'));
    expect(anonymous?.verification).toBe('unverified');
  });
  it('finds the accused named in apposition to a possessed title, far from the crime words', () => {
    const x = extract("The Justice Department on Thursday unsealed an indictment charging Mexican lawmaker Rubén Ibarra's former chief of staff, "
      + 'Jorge Ortega Lira, with conspiring to import fentanyl into the United States. Ortega Lira met at least three times with cartel members.');
    expect(allegationKeys(x)).toEqual(['Jorge Ortega Lira|drug_trafficking']);
    expect(x.entities.filter((e) => e.kind === 'group').map((e) => e.name)).toEqual([]);
  });
  it('gives every allegation a source and a span inside the text', () => {
    for (const name of ['en-governor-bribes.txt', 'en-mayor-disappearance.txt', 'es-alcalde-detenido.txt', 'es-senadora-desafuero.txt']) {
      const x = extract(fixture(name));
      expect(x.allegations.length).toBeGreaterThan(0);
      for (const a of x.allegations) {
        expect(a.sources.length).toBeGreaterThan(0);
        expect(spanText(x, a.span).length).toBeGreaterThan(10);
      }
    }
  });
});
