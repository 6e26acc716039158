// The server under load runs in a process of its own (the built CLI), as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.js');

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export function startServerProcess(storeArgs: string[], cacheTtlMs: number): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', ...storeArgs, '--port', '0', '--no-web', '--cache-ttl', String(cacheTtlMs)], {
    env: { ...process.env, DOSSIER_TOKEN: 'bench-token-0123456789' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d) => { err += d; });
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /Dossier is serving (http:\/\/\S+)/.exec(out);
      if (m) resolve({
        url: m[1]!,
        stop: () => new Promise((done) => { child.once('exit', () => done()); child.kill('SIGTERM'); }),
      });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}): ${err}`)));
  });
}
