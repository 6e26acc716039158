// List importers against the project's fixtures, plus the real SDN files when present.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../model/list.js';
import { readList, type SkippedRow } from './index.js';
import { parseDob, parseRemarks } from './ofac-remarks.js';

const FIXTURES = resolve(import.meta.dirname, '../../../test/fixtures/screen');
const SHARED_OFAC = resolve(import.meta.dirname, '../../../../shared/data/ofac');

async function collect(format: Parameters<typeof readList>[0], path: string): Promise<{ entries: ListEntry[]; skipped: SkippedRow[] }> {
  const skipped: SkippedRow[] = [];
  const entries: ListEntry[] = [];
  for await (const e of readList(format, path, (s) => skipped.push(s))) entries.push(e);
  return { entries, skipped };
}

describe('ofac-csv importer', () => {
  it('joins aliases and address countries, reads remarks, reports bad rows', async () => {
    const { entries, skipped } = await collect('ofac-csv', join(FIXTURES, 'ofac'));
    expect(entries.map((e) => e.id)).toEqual(['101', '102', '103']);
    const [person, org, vessel] = entries as [ListEntry, ListEntry, ListEntry];
    expect(person).toMatchObject({
      kind: 'person',
      name: 'PEREZ ROBLEDO, Aurelio',
      aliases: ['PEREZ ROBLEDO, Aureliano', 'El Guero', 'Guerito'],
      countries: ['MX'],
      birthDates: ['1971-02-03'],
      programs: ['SDNTK', 'ILLICIT-DRUGS-EO14059'],
    });
    expect(org).toMatchObject({ kind: 'organization', countries: ['CO'], aliases: ['LA PALOMA TRANSPORTS'], remarks: null });
    expect(vessel.kind).toBe('vessel');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.line).toBe(4);
  });

  it('fails with not_found when the directory has no sdn.csv', async () => {
    await expect(collect('ofac-csv', FIXTURES)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('SDN remarks', () => {
  it('parses birth dates at the precision given', () => {
    expect(parseDob('25 Dec 1954')).toEqual(['1954-12-25']);
    expect(parseDob('Dec 1954')).toEqual(['1954-12']);
    expect(parseDob('circa 1960')).toEqual(['1960']);
    expect(parseDob('1960 to 1962')).toEqual(['1960', '1961', '1962']);
    expect(parseDob('sometime')).toEqual([]);
  });
  it('finds nationality, birthplace country and weak a.k.a.s', () => {
    const f = parseRemarks("DOB 1948; POB Sinaloa, Mexico; citizen Colombia; a.k.a. 'El Mayo'; a.k.a. 'Mayo'.");
    expect(f).toEqual({ birthDates: ['1948'], countries: ['MX', 'CO'], nicknames: ['El Mayo', 'Mayo'] });
  });
});

describe('csv list importer', () => {
  it('reads the header columns and reports invalid rows with their line', async () => {
    const { entries, skipped } = await collect('csv', join(FIXTURES, 'list.csv'));
    expect(entries.map((e) => e.id)).toEqual(['p1', 'o1']);
    expect(entries[0]).toMatchObject({ aliases: ['El Güero', 'Aureliano Perez'], countries: ['MX'], birthDates: ['1971-02-03'] });
    expect(entries[1]).toMatchObject({ kind: 'organization', countries: ['MX'] });
    expect(skipped.map((s) => s.line)).toEqual([4, 5, 6]);
    expect(skipped[1]!.reason).toMatch(/birth_date/);
  });
});

describe('FollowTheMoney importer', () => {
  it('keeps screenable schemata and reports lines it cannot read', async () => {
    const { entries, skipped } = await collect('ftm', join(FIXTURES, 'entities.ftm.jsonl'));
    expect(entries.map((e) => e.id)).toEqual(['ftm-p1', 'ftm-c1']);
    expect(entries[0]).toMatchObject({ kind: 'person', aliases: ['El Guero'], countries: ['MX'], birthDates: ['1971-02-03'] });
    expect(entries[1]).toMatchObject({ kind: 'organization', name: 'Transportes La Paloma SA de CV', aliases: ['Transportes La Paloma'] });
    expect(skipped.map((s) => s.line)).toEqual([3, 5, 6]);
  });
  it('fails with not_found for a missing file', async () => {
    await expect(collect('ftm', join(FIXTURES, 'nope.jsonl'))).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe.skipIf(!existsSync(join(SHARED_OFAC, 'sdn.csv')))('real SDN list (../shared/data/ofac)', () => {
  it('imports every entry with aliases and nicknames', async () => {
    const { entries, skipped } = await collect('ofac-csv', SHARED_OFAC);
    expect(skipped).toEqual([]);
    expect(entries).toHaveLength(13821);
    const chapo = entries.find((e) => e.id === '6861')!;
    expect(chapo.name).toBe('GUZMAN LOERA, Joaquin');
    expect(chapo.aliases).toContain('GUZMAN, Chapo');
    const mayo = entries.find((e) => e.id === '7226')!;
    expect(mayo.aliases).toContain('El Mayo');
    expect(mayo.countries).toContain('MX');
    expect(entries.filter((e) => e.kind === 'person')).toHaveLength(6646);
  });
});
