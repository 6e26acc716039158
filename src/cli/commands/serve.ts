// `dossier serve`: the HTTP API and the web app over one store, on loopback by default.
// With --samples DIR, an empty store first receives the sample corpus (what `npm start` does).
import type { Command } from 'commander';
import type { StoreOptions } from '../../store/open-store.js';
import { openStore } from '../../store/open-store.js';
import { wholeNumber } from '../output.js';
import { withStoreOptions } from '../store-options.js';

type Opts = StoreOptions & { port: number; host: string; samples?: string; cacheTtl: number; web: boolean };

export function registerServe(program: Command): void {
  withStoreOptions(program
    .command('serve')
    .description('serve the HTTP API (/api, documented at /api/openapi.json) and the web app')
    .option('--port <n>', 'port to listen on', wholeNumber('--port', 0, 65535), 8080)
    .option('--host <address>', 'address to listen on (loopback by default; anything else exposes the store)', '127.0.0.1')
    .option('--samples <dir>', 'load the sample corpus in this folder (articles/*.txt, index.jsonl) first, if the store is empty')
    .option('--cache-ttl <ms>', 'reuse read results for up to this long while the data is unchanged (0: never)', wholeNumber('--cache-ttl', 0, 3_600_000), 60_000)
    .option('--no-web', 'serve the API only'))
    .action(async (opts: Opts) => {
      const { createApp } = await import('../../server/app.js');
      const { serverToken } = await import('../../server/auth/bearer.js');
      const { isLoopback, startServer } = await import('../../server/serve.js');
      const { defaultWebRoot } = await import('../../server/static-web.js');
      const { token, generated } = serverToken();
      const store = await openStore({ db: opts.db, pg: opts.pg });
      try {
        if (opts.samples) {
          const { loadSamplesIfEmpty } = await import('../../kb/load-samples.js');
          const loaded = await loadSamplesIfEmpty(store, opts.samples, () => process.stderr.write('.'));
          if (loaded) {
            process.stderr.write(`\nloaded ${loaded.loaded} sample articles from ${opts.samples} into the empty store\n`);
            for (const f of loaded.failures) process.stderr.write(`sample ${f.file} skipped: ${f.message}\n`);
          }
        }
        const loopback = isLoopback(opts.host);
        const app = createApp({ store, token, cacheTtlMs: opts.cacheTtl, webRoot: opts.web ? defaultWebRoot() : null, loopbackOnly: loopback });
        const server = await startServer(app, { host: opts.host, port: opts.port });
        const documents = await store.countDocuments();
        const lines = [
          `Dossier is serving ${server.url}`,
          `  store      ${store.location} (${store.dialect}, ${documents} documents)`,
          `  API        ${server.url}api/openapi.json`,
          generated
            ? `  write token ${token} (new for this run; set DOSSIER_TOKEN to keep one)\n  open ${server.url}#token=${token} to add reports from the browser`
            : '  write token from DOSSIER_TOKEN',
        ];
        if (!loopback) lines.push(`  WARNING: listening on ${opts.host}; anyone who can reach it can read the store`);
        process.stdout.write(`${lines.join('\n')}\n`);
        await new Promise<void>((resolve) => {
          const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await server.close();
      } finally {
        await store.close();
      }
    });
}
