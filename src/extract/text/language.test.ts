import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells English from Spanish', () => {
    expect(detectLanguage('Prosecutors said the former governor received bribes from the cartel while in office.')).toBe('en');
    expect(detectLanguage('La fiscalía informó que el exgobernador recibió sobornos del cártel durante su mandato.')).toBe('es');
  });
  it('keeps English for an English report quoting Spanish', () => {
    const text = 'The mayor told reporters that the case was "una venganza política" and denied every accusation made against him by the state prosecutors on Monday.';
    expect(detectLanguage(text)).toBe('en');
  });
  it('keeps Spanish for a Spanish report citing U.S. agencies', () => {
    const text = 'Según la DEA y el Departamento del Tesoro, el senador recibió pagos de la organización criminal, informó el diario El Universal este lunes.';
    expect(detectLanguage(text)).toBe('es');
  });
  it('refuses other languages with a clear message', () => {
    expect(() => detectLanguage('O governador negou qualquer ligação com o crime organizado, segundo duas fontes ouvidas pela reportagem.'))
      .toThrow(/Portuguese; only English \(en\) and Spanish \(es\) are supported/);
  });
});

describe('detectLanguage on short texts full of names', () => {
  it('reads a one-line English dateline sentence as English', () => {
    expect(detectLanguage('BOGOTA (Reuters) - Police detained Mayor Luis Ospina on Friday.')).toBe('en');
    expect(detectLanguage('Salas fue detenida el martes en Toluca.')).toBe('es');
  });
  it('still refuses short French and Italian', () => {
    expect(() => detectLanguage("Le maire a été arrêté par la police dans la nuit de vendredi selon le parquet.")).toThrow(/French/);
    expect(() => detectLanguage('Il sindaco è stato arrestato dalla polizia nella notte di venerdì, secondo la procura.')).toThrow(/Italian/);
  });
});
