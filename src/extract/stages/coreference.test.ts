// Coreference inside one document: short names, title references and nicknames.
import { describe, expect, it } from 'vitest';
import { entity, extract, names, spanText } from '../../../test/support/extraction.js';
import { isShortFormOf } from './coreference.js';

describe('coreference', () => {
  it('joins a surname to the full name and keeps it as an alias', () => {
    const x = extract('Former governor Rodrigo Valdez Ibarra was charged on Monday. Valdez denied the accusations.');
    expect(names(x, 'person')).toEqual(['Rodrigo Valdez Ibarra']);
    expect(entity(x, 'Valdez')?.name).toBe('Rodrigo Valdez Ibarra');
  });
  it('sends a shared surname to the person named last before it', () => {
    const x = extract('Javier Ordaz was sentenced in May. His cousin, Luis Ordaz, was arrested in June. Ordaz had fled to Texas.');
    const luis = entity(x, 'Luis Ordaz')!;
    const javier = entity(x, 'Javier Ordaz')!;
    const lastOrdaz = x.text.lastIndexOf('Ordaz had');
    expect(luis.mentions.some((m) => m.start === lastOrdaz)).toBe(true);
    expect(javier.mentions.some((m) => m.start === lastOrdaz)).toBe(false);
  });
  it('resolves "the governor" to the governor named before', () => {
    const x = extract('Governor Ana Ruiz Paredes met the delegation. Prosecutors later questioned the governor about the payments.');
    const ana = entity(x, 'Ana Ruiz Paredes')!;
    expect(ana.mentions.map((m) => spanText(x, m))).toContain('governor');
    expect(ana.aliases).not.toContain('governor');
  });
  it('takes a quoted nickname as another name of the person', () => {
    const x = extract('Police arrested Ismael Zamarripa, known as "El Contador," on Friday.');
    expect(entity(x, 'El Contador')?.name).toBe('Ismael Zamarripa');
  });
  it('accepts short forms by surname or by given name plus surname only', () => {
    expect(isShortFormOf(['pena', 'nieto'], ['enrique', 'pena', 'nieto'])).toBe(true);
    expect(isShortFormOf(['adan', 'casarrubias'], ['adan', 'zenen', 'casarrubias'])).toBe(true);
    expect(isShortFormOf(['enrique'], ['enrique', 'pena', 'nieto'])).toBe(false);
    expect(isShortFormOf(['lopez'], ['maria', 'perez'])).toBe(false);
  });
  it('never gives a former title to someone known only in a current post', () => {
    const x = extract('La policía aprehendió a Felipe Cáceres Rojas, quien fue viceministro de Defensa. El fiscal de Cochabamba, Osvaldo Tejerina, informó del caso. '
      + 'El exviceministro fue imputado por fabricación de sustancias controladas.', 'es');
    const charge = x.events.find((v) => v.kind === 'charge');
    expect(charge?.targets.map((id) => x.entities.find((e) => e.id === id)?.name)).toEqual(['Felipe Cáceres Rojas']);
  });
});
