// screen()/screenOne() over a small list written for the test: matches, explanations, facts.
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../model/list.js';
import type { ScreenQuery } from './query.js';
import { screen, screenOne } from './screen.js';
import { buildScreeningIndex } from './screening-index.js';

const person = (id: string, name: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  id, kind: 'person', name, aliases: [], countries: [], birthDates: [], programs: [], remarks: null, ...extra,
});

// A small list written for this test: two people sharing common names, one rare surname.
const LIST: ListEntry[] = [
  person('1', 'PEREZ ROBLEDO, Aurelio', { aliases: ['El Guero'], countries: ['MX'], birthDates: ['1971-02-03'] }),
  person('2', 'GARCIA LOPEZ, Juan', { countries: ['CO'] }),
  person('3', 'GARCIA LOPEZ, Pedro'),
  { ...person('4', 'TRANSPORTES LA PALOMA, S.A. DE C.V.'), kind: 'organization' },
];
const index = await buildScreeningIndex([{ name: 'test', entries: LIST }, { name: 'kb', entries: [person('k1', 'Aurelio Pérez Robledo')] }]);

const q = (name: string, extra: Partial<ScreenQuery> = {}): ScreenQuery => ({ id: 'q', name, kind: null, country: null, birth_date: null, ...extra });

describe('screenOne', () => {
  it('matches a name written differently and explains which parts agreed or were missing', () => {
    const r = screenOne(q('aurelio perez', { birth_date: '1971' }), index, { lists: ['test'] });
    expect(r.matches).toHaveLength(1);
    const m = r.matches[0]!;
    expect(m).toMatchObject({ list: 'test', id: '1', name: 'PEREZ ROBLEDO, Aurelio' });
    expect(m.score).toBeGreaterThan(0.8);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(m.explanation).toMatch(/agreed: aurelio \(given name\), perez \(first surname\)/);
    expect(m.explanation).toMatch(/missing from query: robledo \(second surname\)/);
    expect(m.explanation).toMatch(/birth date agreed \(1971\)/);
  });

  it('matches aliases and says so', () => {
    const m = screenOne(q('El Güero'), index).matches[0]!;
    expect(m.id).toBe('1');
    expect(m.explanation).toMatch(/matched alias "El Guero"/);
  });

  it('screens every list of the index unless told which', () => {
    expect(screenOne(q('Aurelio Perez Robledo'), index).matches.map((m) => m.list).sort()).toEqual(['kb', 'test']);
    expect(screenOne(q('Aurelio Perez Robledo'), index, { lists: ['kb'] }).matches.map((m) => m.id)).toEqual(['k1']);
  });

  it('tells apart people who share common surnames', () => {
    const r = screenOne(q('Juan García López'), index);
    expect(r.matches.map((m) => m.id)).toEqual(['2']);
  });

  it('lowers the score when birth date or country conflict, and says so', () => {
    const plain = screenOne(q('Aurelio Perez Robledo'), index, { lists: ['test'] }).matches[0]!;
    const conflict = screenOne(q('Aurelio Perez Robledo', { birth_date: '1990-05-05', country: 'AR' }), index, { lists: ['test'], threshold: 0.3 }).matches[0]!;
    expect(conflict.score).toBeLessThan(plain.score);
    expect(conflict.explanation).toMatch(/birth date conflicted \(query 1990-05-05, list 1971-02-03\)/);
    expect(conflict.explanation).toMatch(/country conflicted \(query AR, list MX\)/);
  });

  it('respects threshold and limit', () => {
    expect(screenOne(q('Garcia Lopez'), index, { threshold: 0.5, limit: 1 }).matches).toHaveLength(1);
    expect(screenOne(q('Maria Fernanda Ibarra'), index).matches).toEqual([]);
  });

  it('strips legal forms from organizations', () => {
    expect(screenOne(q('Transportes La Paloma SA'), index).matches[0]?.id).toBe('4');
  });
});

describe('screen', () => {
  it('answers each query in order and reports progress', () => {
    const seen: number[] = [];
    const out = screen([q('Aurelio Perez'), { ...q('Nobody Atall'), id: 'x' }], index, {}, (n) => seen.push(n));
    expect(out.map((r) => r.id)).toEqual(['q', 'x']);
    expect(out[1]!.matches).toEqual([]);
    expect(seen).toEqual([1, 2]);
  });
});
