// `dossier serve` as a user runs it (the built CLI, a real port on loopback): it loads the
// sample corpus into an empty store, prints its URL and a write token, serves the API and the
// app, stops cleanly on SIGTERM, and reports a busy port in one line.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'dossier-serve-'));

function start(args: string[], env: Record<string, string | undefined> = {}): Promise<{ child: ChildProcessWithoutNullStreams; out: string; url: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: ROOT, env: { ...process.env, DOSSIER_TOKEN: undefined, ...env } });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL after 60 s; stdout: ${out} stderr: ${err}`)), 60_000);
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Dossier is serving (http:\/\/\S+)/.exec(out);
      if (m && out.includes('write token')) {
        clearTimeout(timer);
        resolve({ child, out, url: m[1]! });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`exited ${code}: ${err}`)); });
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('dossier serve', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the samples into an empty store, serves the API and the app, and stops on SIGTERM', async () => {
    const db = join(dir, 'fresh.db');
    const { child, out, url } = await start(['--db', db, '--port', '0', '--samples', 'samples']);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const token = /write token (\S+) \(new for this run/.exec(out)?.[1];
      expect(token).toBeDefined();
      expect(out).toContain(`${url}#token=${token}`);
      const overview = await (await fetch(`${url}api/overview`)).json() as { counts: { documents: number } };
      expect(overview.counts.documents).toBeGreaterThanOrEqual(20);
      const page = await fetch(`${url}entities/1`);
      expect(page.headers.get('content-type')).toContain('text/html');
      const body = JSON.stringify({ text: 'Senator Adriana Solís Ortega denied the accusations on Friday.' });
      const denied = await fetch(`${url}api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(denied.status).toBe(401);
      const saved = await fetch(`${url}api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      expect(saved.status).toBe(201);
    } finally {
      expect(await stop(child)).toBe(0);
    }
    // A store with documents is left as it is.
    const again = await start(['--db', db, '--port', '0', '--samples', 'samples'], { DOSSIER_TOKEN: 'a-token-from-the-environment' });
    try {
      expect(again.out).toContain('write token from DOSSIER_TOKEN');
      const overview = await (await fetch(`${again.url}api/overview`)).json() as { counts: { documents: number } };
      const ok = await fetch(`${again.url}api/documents`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer a-token-from-the-environment' }, body: JSON.stringify({ text: 'Another short report, written for a test.' }),
      });
      expect(ok.status).toBe(201);
      expect(overview.counts.documents).toBeGreaterThanOrEqual(21);
      expect(overview.counts.documents).toBeLessThan(30);
    } finally {
      await stop(again.child);
    }
  }, 120_000);

  it('says in one line when the port is taken, with the conflict exit status', async () => {
    const first = await start(['--db', join(dir, 'a.db'), '--port', '0']);
    const port = new URL(first.url).port;
    try {
      const r = spawnSync(process.execPath, [CLI, 'serve', '--db', join(dir, 'b.db'), '--port', port], { encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(4);
      expect(r.stderr.trim()).toBe(`Error: port ${port} on 127.0.0.1 is in use; choose another with --port`);
    } finally {
      await stop(first.child);
    }
  }, 60_000);
});
