#!/usr/bin/env -S MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=32 --compact-on-every-full-gc --heap-growing-percent=100
// (A larger young generation: extraction allocates many short-lived objects; about 10% faster.
// Compacting at every full collection: a long ingest otherwise leaves the old generation's pages
// a fifth full, long-lived cache entries pinning each of them. A heap allowed to grow to twice
// its live size between full collections, not V8's up to four times. A 100,000-document ingest
// then peaks at about 980 MB resident instead of 1.5 GB. Two glibc malloc settings: at most two
// arenas (the main thread's and one for V8's helper threads), and blocks of 128 kB and more
// always mapped on their own and returned when freed (by default the threshold rises to the
// largest block freed, and the packed caches' arrays, replaced as they grow, then leave holes
// in the heap): together about 30 MB less at the peak of a 100,000-document ingest, no slower.
// See docs/knowledge-base.md.)
// Entry point of the `dossier` command. One top-level catch turns any failure into
// `Error: <message>` on one line and the exit status of its error code; never a stack trace.
import { asDossierError, oneLine } from '../errors.js';
import { buildProgram } from './program.js';

async function main(): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    // commander has already printed its own usage errors and --help/--version output.
    if (err instanceof Error && 'code' in err && String(err.code).startsWith('commander.')) {
      const exitCode = 'exitCode' in err ? Number(err.exitCode) : 2;
      process.exitCode = exitCode === 0 ? 0 : 2;
      return;
    }
    const e = asDossierError(err);
    process.stderr.write(`Error: ${oneLine(e.message)}\n`);
    if (process.env.DOSSIER_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = e.exitCode;
  }
}

await main();
