// Events: who did what to whom, how many, when and where.
import { describe, expect, it } from 'vitest';
import { entity, eventKeys, extract } from '../../../test/support/extraction.js';

describe('events', () => {
  it('reads active and passive arrests, with date and place', () => {
    const x = extract('Colombian police on Friday detained Mayor Luis Ospina in Medellín. His aide, Rosa Pérez, was arrested in Cali in July 2021.');
    expect(eventKeys(x)).toEqual(['arrest:Colombian police>Luis Ospina', 'arrest:>Rosa Pérez']);
    expect(x.events[0]).toMatchObject({ date: 'Friday', place: entity(x, 'Medellín')!.id });
    expect(x.events[1]).toMatchObject({ date: '2021-07', place: entity(x, 'Cali')!.id });
  });
  it('reads extraditions with their count, charges, convictions and demands', () => {
    const x = extract('Mexico extradited 29 cartel suspects to the United States. Former governor Tomás Ortega was charged with embezzlement. '
      + 'A federal court sentenced Ortega to 12 years in prison. The Trump administration urged Mexico to act.');
    expect(eventKeys(x)).toEqual(expect.arrayContaining(['extradition:Mexico>29 cartel suspects', 'charge:>Tomás Ortega', 'demand:Trump administration>Mexico']));
    expect(x.events.find((v) => v.kind === 'extradition')?.count).toBe(29);
    expect(x.events.some((v) => v.kind === 'conviction')).toBe(true);
  });
  it('takes no place inside a phrase as an actor, and skips a sentence adverb to the subject', () => {
    const x = extract('A federal jury in Manhattan convicted Rafael Tovar Luna in March. Separately, the Treasury Department sanctioned businessman Iker Salas Mena.');
    const names = (ids: string[]) => ids.map((id) => x.entities.find((e) => e.id === id)?.name);
    const conviction = x.events.find((v) => v.kind === 'conviction')!;
    expect(names(conviction.actors)).not.toContain('Manhattan');
    expect(names(x.events.find((v) => v.kind === 'sanction')!.actors)).toEqual(['Treasury Department']);
  });
  it('skips what did not happen and headlines', () => {
    const x = extract('Ex-mayor could be extradited\n\nThe former mayor Iván Soto could be extradited next year. He refused to meet with prosecutors.');
    expect(x.events).toEqual([]);
  });
  it('reads Spanish events: passive, pro-drop, immunity removal', () => {
    const x = extract('La Cámara de Diputados aprobó el desafuero de la diputada Irene Salas Mora. Salas fue detenida el martes en Toluca.', 'es');
    expect(eventKeys(x)).toEqual(expect.arrayContaining(['immunity_removal:Cámara de Diputados>Irene Salas Mora', 'arrest:>Irene Salas Mora']));
  });
});
