// The extract command end to end, as a user runs it: real process, real files, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../src/extract/text/decode.js';

const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.out).toBe('');
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
}

describe('dossier extract: bad input', () => {
  it('refuses empty input', () => {
    expectOneLineError(run(['extract', file('empty.txt', '')]), /^Error: .*empty/);
    expectOneLineError(run(['extract', '-'], '  \n\n '), /^Error: .*empty/);
  });
  it('refuses a binary file', () => {
    const bin = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00]);
    expectOneLineError(run(['extract', file('prog.bin', bin)]), /binary/);
  });
  it('names the size limit when a file is too large', () => {
    const big = file('big.txt', Buffer.alloc(MAX_INPUT_BYTES + 10, 'a '));
    expectOneLineError(run(['extract', big]), /over the 5\.0 MB limit/);
  });
  it('refuses invalid UTF-8', () => {
    const latin1 = Buffer.from('El gobernador neg\xf3 cualquier v\xednculo con el crimen organizado.', 'latin1');
    expectOneLineError(run(['extract', file('latin1.txt', latin1)]), /not valid UTF-8/);
  });
  it('refuses a language other than English or Spanish', () => {
    const fr = file('fr.txt', "Le gouvernement a rejeté hier les accusations portées contre le ministre de l'Intérieur, selon deux sources proches du dossier.");
    expectOneLineError(run(['extract', fr]), /French.*only English \(en\) and Spanish \(es\)/);
  });
  it('refuses a missing file and an unknown option value', () => {
    expectOneLineError(run(['extract', join(dir, 'nope.txt')]), /no such file/);
    expectOneLineError(run(['extract', '-', '--lang', 'fr'], 'text'), /argument 'fr' is invalid/);
  });
});

describe('dossier extract: output', () => {
  it('prints exactly one extraction object as JSON', () => {
    const r = run(['extract', '-', '--format', 'json'], 'Two sources said the governor of Sonora met cartel leaders in 2024, according to Reuters.');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.out);
    expect(x.schema).toBe('dossier.extraction/v1');
    expect(x.document.language).toBe('en');
  });
});

describe('dossier extract: formats', () => {
  it('reads an HTML file and prints a text summary on request', () => {
    const page = file('page.html', '<html><head><title>Senator charged</title></head><body><article><p>Prosecutors charged Senator Lidia Cantú Ramos with money laundering on Monday, the Attorney General\'s Office said.</p><p>Cantú denied the accusations.</p></article></body></html>');
    const r = run(['extract', page, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/money laundering - against Lidia Cantú Ramos \(senator\)/);
    expect(r.out).toMatch(/Lidia Cantú Ramos denies/);
  });
  it('forces the language with --lang', () => {
    const r = run(['extract', '-', '--format', 'json', '--lang', 'es'], 'El alcalde Tomás Ruiz fue detenido por la policía.');
    expect(JSON.parse(r.out).document.language).toBe('es');
  });
});
