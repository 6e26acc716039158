// Names: persons, organizations and places recognised from the text itself.
import { describe, expect, it } from 'vitest';
import { entity, extract, names } from '../../../test/support/extraction.js';

describe('names: persons', () => {
  it('recognises persons by title, apposition, given name and reporting verb, without a list of names', () => {
    const x = extract('Governor Tomasa Ibarrola Quintero met Judge Rebeca Lindqvist on Monday. '
      + 'Okwuosa Benítez, a former police commander, was also there. "It was a routine meeting," Valderrama Souto said.');
    expect(names(x, 'person')).toEqual(expect.arrayContaining(['Tomasa Ibarrola Quintero', 'Rebeca Lindqvist', 'Okwuosa Benítez']));
    expect(entity(x, 'Tomasa Ibarrola Quintero')?.positions[0]).toMatchObject({ title: 'governor', status: 'current' });
  });
  it('keeps Spanish double surnames and particles in one name', () => {
    const x = extract('La gobernadora Marina del Pilar Ávila Olmeda se reunió con el senador Francisco García Cabeza de Vaca en Tijuana.', 'es');
    expect(names(x, 'person')).toEqual(expect.arrayContaining(['Marina del Pilar Ávila Olmeda', 'Francisco García Cabeza de Vaca']));
  });
  it('does not make persons of operations, months or sentence openers', () => {
    const x = extract('Following the raid, Operation Tidal Shield ended in February. Prosecutors said nothing more.');
    expect(names(x, 'person')).toEqual([]);
  });
  it('reads a name after an office and its body as the holder, and an English name after "the" as a body', () => {
    const es = extract('Agentes federales detuvieron al exjefe de la policía municipal Héctor Bravo Lagos.', 'es');
    expect(names(es, 'person')).toEqual(['Héctor Bravo Lagos']);
    const en = extract('Prosecutors read a transcript seen by the Southern Ledger. The Trump administration said nothing.');
    expect(names(en, 'person')).toEqual([]);
    expect(names(en, 'organization')).toEqual(expect.arrayContaining(['Southern Ledger']));
  });
  it('joins a given name, a quoted nickname and a surname into one person with the nickname as alias', () => {
    const x = extract('Prosecutors said he took bribes from traffickers, including Joaquín "El Chapo" Guzmán, in exchange for protection.');
    expect(names(x, 'person')).toEqual(['Joaquín Guzmán']);
    expect(entity(x, 'Joaquín Guzmán')?.aliases).toContain('El Chapo');
  });
  it('reads a month that is also a given name as a name when a surname follows, never a date', () => {
    const es = extract('La Fiscalía acusó el 5 de julio al exalcalde Julio Campos Urrutia de lavado de dinero.', 'es');
    expect(names(es, 'person')).toEqual(['Julio Campos Urrutia']);
    const en = extract('On 3 June Governor Ana Ruiz spoke. In June Mexico\'s Congress voted.');
    expect(names(en, 'person')).toEqual(['Ana Ruiz']);
  });
});

describe('names: persons among unknown places', () => {
  it('reads a name before an office ("former X governor"), after a locative or after "of" and a person as a place', () => {
    const x = extract('The United States extradited former Punta Serena governor Ulises Carrión Mota on Friday. '
      + 'Carrión Mota, like Ofelia Tenorio of Valle Quieto, denies the charges. Prosecutors in Arroyo Blanco charged him in May.');
    expect(names(x, 'person').sort()).toEqual(['Ofelia Tenorio', 'Ulises Carrión Mota']);
    expect(names(x, 'place')).toEqual(expect.arrayContaining(['Punta Serena', 'Valle Quieto', 'Arroyo Blanco']));
    expect(entity(x, 'Ulises Carrión Mota')?.positions[0]).toMatchObject({ title: 'governor', jurisdiction: 'Punta Serena', status: 'former' });
  });
  it('keeps surnames that are places, and a given name that is a place, inside a name after a title', () => {
    const x = extract('Governor Leopoldo Guerrero Tinajero took bribes, and Attorney General Santiago Arellano Velasco said so.');
    expect(names(x, 'person').sort()).toEqual(['Leopoldo Guerrero Tinajero', 'Santiago Arellano Velasco']);
  });
  it('ends a name where a given name in capitals opens another, and reads a group by its short name', () => {
    const x = extract('La exalcaldesa de Río Manso ROSA SOTELO PAZ negó cualquier vínculo con el Cártel de Sierra Negra. '
      + 'Según la fiscalía, el Sierra Negra pagó su campaña de 2021.', 'es');
    expect(names(x, 'person')).toEqual(['ROSA SOTELO PAZ']);
    expect(names(x, 'place')).toEqual(['Río Manso']);
    expect(entity(x, 'Cártel de Sierra Negra')).toMatchObject({ kind: 'organization', orgType: 'criminal_group', aliases: ['Sierra Negra'] });
  });
});

describe('names: organizations', () => {
  it('types bodies by head, gazetteer, descriptor and acronym', () => {
    const x = extract('The Federal Prosecutor\'s Office (FPO) said steelmaker Hierros del Golfo paid the Jalisco New Generation Cartel. '
      + 'The Tlaxcala Transit Department and the Sinaloa Cartel were named too. The FPO declined to comment.');
    expect(entity(x, "Federal Prosecutor's Office")).toMatchObject({ kind: 'organization', orgType: 'agency', aliases: ['FPO'] });
    expect(entity(x, 'Hierros del Golfo')).toMatchObject({ kind: 'organization', orgType: 'company' });
    expect(entity(x, 'Jalisco New Generation Cartel')?.orgType).toBe('criminal_group');
    expect(entity(x, 'Tlaxcala Transit Department')?.orgType).toBe('government');
  });
  it('names governments and ministries after their owner', () => {
    const x = extract("The Trump administration pressed Mexico's foreign ministry, and Trump's administration later thanked the Mexican government.");
    expect(entity(x, 'Trump administration')).toMatchObject({ kind: 'organization', orgType: 'government', aliases: ["Trump's administration"] });
    expect(entity(x, "Mexico's foreign ministry")).toMatchObject({ kind: 'organization', country: 'MX' });
    expect(entity(x, 'Mexican government')?.country).toBe('MX');
    // A person before a verb and a body noun is a clause, not an owner.
    const y = extract('The Treasury said Tomás Echeverría Luna shared police intelligence with the cartel.');
    expect(names(y, 'organization')).toEqual(['Treasury']);
  });
});

describe('names: places', () => {
  it('knows places from the gazetteer and from context', () => {
    const x = extract('He was arrested in Xochitepec, Morelos, and later taken to the town of San Ysidro del Monte.');
    expect(names(x, 'place')).toEqual(expect.arrayContaining(['Xochitepec', 'Morelos', 'San Ysidro del Monte']));
    expect(entity(x, 'Morelos')?.country).toBe('MX');
  });
});
