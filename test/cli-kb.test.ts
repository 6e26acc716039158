// The knowledge-base commands end to end, as a user runs them: real processes, a real SQLite
// file and the real PostgreSQL, JSON and table output, one-line errors and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempPostgres } from '../src/store/contract/test-stores.js';
import { ARTICLES } from './fixtures/kb/articles.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-kb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'kb.db');

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, DOSSIER_ANALYST: 'tester', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function json<T = Record<string, unknown>[]>(r: ReturnType<typeof run>): T {
  expect(r.err).not.toMatch(/Error:/);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as T;
}

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp, code?: number) {
  expect(r.code).not.toBe(0);
  if (code !== undefined) expect(r.code).toBe(code);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
}

const records = ARTICLES.map((a) => JSON.stringify({
  id: a.slug, title: a.title, outlet: a.outlet, published: a.published, language: a.language, text: a.text, extraction: a.extraction, extractor: 'fixture-1',
})).join('\n');
const jsonl = join(dir, 'reports.jsonl');
writeFileSync(jsonl, `${records}\n{"title": "broken record"}\n`);

describe('dossier ingest and read commands (SQLite)', () => {
  let summary: { documents: Record<string, number>; entities: Record<string, number>; failures: { label: string; message: string }[] };
  beforeAll(() => {
    const r = run(['ingest', jsonl, '--db', db, '--format', 'json'], undefined);
    summary = JSON.parse(r.out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/skipped .*reports\.jsonl line 10: not a document record/);
  }, 120_000);

  it('ingests every good record, reports the bad one, and summarises', () => {
    expect(summary.documents).toEqual({ new: ARTICLES.length, updated: 0, unchanged: 0, failed: 1 });
    expect(summary.entities.created).toBeGreaterThan(10);
    expect(summary.entities.linked).toBeGreaterThan(5);
    expect(summary.failures).toHaveLength(1);
  });

  it('says so when the same input comes again', () => {
    const again = run(['ingest', jsonl, '--db', db, '--format', 'table', '--no-progress']);
    expect(again.out).toMatch(new RegExp(`documents\\s+0 new, 0 re-extracted, ${ARTICLES.length} unchanged, 1 failed`));
  });

  it('lists entities as JSON objects with id, kind, name and aliases', { timeout: 120_000 }, () => {
    const people = json(run(['entities', '--db', db, '--kind', 'person', '--format', 'json', '--limit', '100']));
    expect(people.every((p) => typeof p.id === 'number' && p.kind === 'person' && typeof p.name === 'string' && Array.isArray(p.aliases))).toBe(true);
    const found = json(run(['entities', '--db', db, '--q', 'ferrer montes', '--format', 'json']));
    expect(found.map((e) => e.name)).toEqual(['Lucía Ferrer Montes']);
  });

  it('shows a dossier as JSON and as a table', { timeout: 120_000 }, () => {
    const [d] = json<{ name: string; threads: { category: string; reports: unknown[]; responses: unknown[] }[]; positions: unknown[] }[]>(
      run(['show', 'Lucía Ferrer Montes', '--db', db, '--format', 'json']));
    expect(d!.name).toBe('Lucía Ferrer Montes');
    expect(d!.threads.map((t) => t.category).sort()).toEqual(['corruption', 'electoral', 'organized_crime']);
    const table = run(['show', 'lucia ferrer montes', '--db', db, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/ALLEGATION THREADS \(3\)/);
    expect(table.out).toMatch(/said by: anonymous \(2\): two sources/);
    expect(table.out).toMatch(/former governor of Tamarindo \(reported 2025-06-10 to 2025-07-01/);
  });

  it('searches documents and lists them', { timeout: 120_000 }, () => {
    const hits = json(run(['search', 'golfo', 'norte', '--db', db, '--format', 'json']));
    expect(hits.length).toBe(2);
    expect(String(hits[0]!.snippet)).toMatch(/\[Golfo\] \[Norte\]/);
    const docs = json(run(['documents', '--db', db, '--format', 'json']));
    expect(docs).toHaveLength(ARTICLES.length);
    expect(run(['search', 'zzzz', '--db', db, '--format', 'table']).out).toBe('no matching documents\n');
  });

  it('prints a timeline', () => {
    const items = json(run(['timeline', 'César Roldán', '--db', db, '--format', 'json']));
    expect(items.map((i) => i.type)).toEqual(expect.arrayContaining(['event', 'allegation', 'response']));
  });

  it('merges with who and why, lists the decision, and undoes it', { timeout: 120_000 }, () => {
    const [m] = json(run(['merge', 'Andrés Manuel Quiroga Beltrán', 'Andrés Manuel Quiroga', '--reason', 'same son', '--db', db, '--format', 'json']));
    expect(m).toMatchObject({ action: 'merge', actor: 'tester', reason: 'same son' });
    const open = json(run(['candidates', '--db', db, '--format', 'json']));
    expect(open.some((c) => (c.entity as { name: string }).name === 'Andrés Manuel Quiroga')).toBe(false);
    const undo = run(['undo', String(m!.id), '--reason', 'not sure', '--by', 'bo', '--db', db, '--format', 'table']);
    expect(undo.out).toMatch(/undid decision/);
    const log = json(run(['decisions', '--db', db, '--format', 'json']));
    expect(log.map((d) => [d.action, d.actor])).toEqual([['undo', 'bo'], ['merge', 'tester']]);
  });

  it('ingests JSON Lines from standard input', () => {
    const r = run(['ingest', '-', '--db', join(dir, 'stdin.db'), '--format', 'json'], `${records}\n`);
    expect(json<{ documents: Record<string, number> }>(r).documents.new).toBe(ARTICLES.length);
  });

  it('extracts plain articles with the built-in extractor', () => {
    const p = join(dir, 'plain.txt');
    writeFileSync(p, 'Two sources said the governor of Sonora met cartel leaders in 2024, according to Reuters.');
    const r = json<{ documents: Record<string, number> }>(run(['ingest', p, '--db', join(dir, 'plain.db'), '--format', 'json']));
    expect(r.documents).toMatchObject({ new: 1, failed: 0 });
    const docs = json(run(['documents', '--db', join(dir, 'plain.db'), '--format', 'json']));
    expect(docs[0]!.extractorVersion).toMatch(/\S/);
  });

  // Each case spawns the CLI; on a busy machine a start-up takes seconds, hence the generous limits.
  it('answers a missing path or entity with one line and the not-found status', () => {
    expectOneLineError(run(['ingest', join(dir, 'missing.txt'), '--db', db]), /^Error: no such file or folder/, 3);
    expectOneLineError(run(['show', 'Nobody Atall', '--db', db]), /^Error: no entity named like "Nobody Atall"/, 3);
  }, 120_000);

  it('answers an ambiguous name or a bad analyst command with one line', () => {
    expectOneLineError(run(['show', 'Quiroga', '--db', db]), /could be several entities/, 2);
    expectOneLineError(run(['merge', '1', '2', '--db', db]), /required option '--reason/, 2);
    expectOneLineError(run(['merge', '1', '1', '--reason', 'x', '--db', db]), /already the same entity/, 2);
  }, 120_000);

  it('answers bad option values with one line', () => {
    expectOneLineError(run(['entities', '--db', db, '--format', 'xml']), /argument 'xml' is invalid/, 2);
    expectOneLineError(run(['entities', '--db', db, '--limit', '0']), /--limit must be a whole number/, 2);
  }, 120_000);

  it('answers an unreachable or unopenable store with one line and the storage status', () => {
    expectOneLineError(run(['entities', '--pg', 'mysql://x']), /PostgreSQL URL starts with postgres/, 2);
    expectOneLineError(run(['entities', '--pg', 'postgres://nobody@127.0.0.1:1/none']), /cannot connect to PostgreSQL/, 6);
    expectOneLineError(run(['entities', '--db', join(dir, 'no-such-dir', 'x.db')]), /cannot open the SQLite database/, 6);
  }, 120_000);
});

describe('dossier ingest and read commands (PostgreSQL)', () => {
  const pg = new TempPostgres();
  let url: string;
  beforeAll(async () => {
    await pg.create();
    url = await pg.url();
  }, 60_000);
  afterAll(() => pg.drop());

  it('gives the same entities and dossier as SQLite', () => {
    const r = run(['ingest', jsonl, '--format', 'json'], undefined, { DOSSIER_PG_URL: url });
    expect(JSON.parse(r.out).documents).toEqual({ new: ARTICLES.length, updated: 0, unchanged: 0, failed: 1 });
    const names = (args: string[], env: Record<string, string>) =>
      json(run(['entities', '--format', 'json', '--limit', '1000', ...args], undefined, env)).map((e) => `${e.kind} ${e.name} ${e.documentCount}`).sort();
    expect(names([], { DOSSIER_PG_URL: url })).toEqual(names(['--db', db], {}));
    const threads = (env: Record<string, string>, args: string[]) =>
      (json(run(['show', 'César Roldán', '--format', 'json', ...args], undefined, env))[0] as { threads: { category: string; reportCount: number }[] }).threads;
    expect(threads({ DOSSIER_PG_URL: url }, [])).toEqual(threads({}, ['--db', db]).map((t) => expect.objectContaining({ category: t.category, reportCount: t.reportCount })));
    expect(json(run(['search', 'golfo', '--pg', url, '--format', 'json']))).toHaveLength(2);
  }, 180_000);
});
