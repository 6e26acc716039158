// Lists and screening end to end, as a user runs them: real process, a fresh SQLite store,
// the fixture lists written for the project, exit codes and one-line errors.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'screen');
const dir = mkdtempSync(join(tmpdir(), 'dossier-screen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'screen.db');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args, '--db', db], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('dossier lists / screen', () => {
  it('says there is nothing to screen against before any import', () => {
    const r = run(['screen', '--input', file('first.csv', 'id,name\n1,Someone\n')]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^Error: nothing to screen against/);
  });

  it('imports lists, shows them, and re-import replaces a list', () => {
    expect(run(['lists', 'import', '--format', 'ofac-csv', join(FIXTURES, 'ofac')])).toMatchObject({ code: 0, out: 'imported 3 entries into list ofac (1 rows skipped)\n' });
    const csv = run(['lists', 'import', '--format', 'csv', join(FIXTURES, 'list.csv'), '--name', 'clients']);
    expect(csv.code).toBe(0);
    expect(csv.err).toMatch(/line 4 skipped: name/);
    expect(run(['lists', 'import', '--format', 'ftm', join(FIXTURES, 'entities.ftm.jsonl')]).out).toMatch(/imported 2 entries into list entities/);
    expect(run(['lists', 'import', '--format', 'ofac-csv', join(FIXTURES, 'ofac')]).code).toBe(0);
    const shown = run(['lists', 'show']);
    expect(shown.out.match(/^ofac /gm)).toHaveLength(1);
    expect(shown.out).toMatch(/clients\s+2 entries/);
  });

  it('screens a CSV, one JSON line per row, skipping malformed rows with their line number', () => {
    const input = file('in.csv', 'id,name,kind,country,birth_date\n1,Aurelio Pérez,person,Mexico,1971\n2,,person,,\n3,Nadie Ninguno,,,\n4,Transportes La Paloma,organization,,\n');
    const r = run(['screen', '--input', input, '--lists', 'ofac']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/in\.csv: line 3 skipped: name: empty name/);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['1', '3', '4']);
    expect(lines[0].matches[0]).toMatchObject({ list: 'ofac', id: '101', name: 'PEREZ ROBLEDO, Aurelio' });
    expect(lines[0].matches[0].explanation).toMatch(/birth date agreed/);
    expect(lines[1].matches).toEqual([]);
    expect(lines[2].matches[0].id).toBe('102');
  });

  it('writes csv and table formats', () => {
    const input = file('one.csv', 'id,name\n7,Aurelio Perez Robledo\n');
    const csv = run(['screen', '--input', input, '--lists', 'ofac,clients', '--format', 'csv']);
    expect(csv.out.split('\n')[0]).toBe('query_id,query,list,id,name,score,explanation');
    expect(csv.out).toMatch(/^7,Aurelio Perez Robledo,ofac,101,"PEREZ ROBLEDO, Aurelio",1\.000,/m);
    expect(run(['screen', '--input', input, '--format', 'table']).out).toMatch(/1\.000 {2}ofac:101 {2}PEREZ ROBLEDO, Aurelio/);
  });

  it('fails on bad input with one line and a non-zero status', () => {
    const input = file('two.csv', 'id,name\n1,Someone\n');
    for (const [args, pattern] of [
      [['screen', '--input', input, '--lists', 'nope'], /^Error: no list named nope/],
      [['screen', '--input', input, '--threshold', '2'], /^Error: --threshold must be between 0 and 1/],
      [['screen', '--input', join(dir, 'missing.csv')], /^Error: no such file/],
      [['screen', '--input', file('bad.csv', 'who,what\nx,y\n')], /^Error: .*header must name the columns id and name/],
      [['lists', 'import', '--format', 'ofac-csv', dir], /^Error: no sdn\.csv in/],
      [['lists', 'import', '--format', 'csv', join(FIXTURES, 'list.csv'), '--name', 'kb'], /^Error: the list name kb is reserved/],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).toMatch(pattern);
    }
  });
});
