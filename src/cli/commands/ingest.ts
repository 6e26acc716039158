// `dossier ingest PATH…`: articles, folders, JSON Lines, feeds or - into the knowledge base,
// with a progress bar on a terminal (counts otherwise) and a summary; `dossier reextract`
// re-runs the current extractor over stored documents an older one extracted.
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { ERROR_CODES } from '../../errors.js';
import type { IngestProgress, IngestSummary } from '../../kb/ingest/ingest-run.js';
import type { StoreOptions } from '../../store/open-store.js';
import { withStore, withStoreOptions } from '../store-options.js';

type Opts = StoreOptions & { lang: 'en' | 'es' | 'auto'; format?: 'json' | 'table'; progress: boolean };

export function summaryText(s: IngestSummary, where: string): string {
  const d = s.documents;
  return [
    `documents    ${d.new} new, ${d.updated} re-extracted, ${d.unchanged} unchanged, ${d.failed} failed`,
    `entities     ${s.entities.created} created, ${s.entities.linked} matched to known entities${s.entities.removed ? `, ${s.entities.removed} removed` : ''}, ${s.mergeCandidates} merge candidates`,
    `facts        ${s.allegations} allegations, ${s.responses} responses, ${s.events} events`,
    `store        ${where} (${s.seconds.toFixed(1)} s)`,
  ].join('\n');
}

function progressReporter(total: number | null) {
  const tty = process.stderr.isTTY;
  if (!tty) {
    let last = 0;
    return {
      update(p: IngestProgress) {
        if (p.failure) process.stderr.write(`skipped ${p.label}: ${p.failure}\n`);
        const s = p.summary.documents;
        const n = s.new + s.updated + s.unchanged + s.failed;
        if (n - last >= 1000) {
          last = n;
          process.stderr.write(`ingest: ${n} documents (${s.new} new, ${s.updated} re-extracted, ${s.unchanged} unchanged, ${s.failed} failed)\n`);
        }
      },
      stop() {},
    };
  }
  const multi = new cliProgress.MultiBar({
    format: total ? ' {bar} {percentage}% | {docs} documents | {failed} failed' : ' {docs} documents | {failed} failed',
    hideCursor: true, clearOnComplete: true, stream: process.stderr,
  }, cliProgress.Presets.shades_classic);
  const bar = multi.create(total ?? 1, 0, { docs: 0, failed: 0 });
  let bytes = 0;
  return {
    update(p: IngestProgress) {
      bytes += p.bytes;
      if (p.failure) multi.log(`skipped ${p.label}: ${p.failure}\n`);
      const s = p.summary.documents;
      bar.update(total ? Math.min(bytes, total) : 0, { docs: s.new + s.updated + s.unchanged + s.failed, failed: s.failed });
    },
    stop() { multi.stop(); },
  };
}

export function registerIngest(program: Command): void {
  withStoreOptions(program
    .command('ingest')
    .description('store articles in the knowledge base: extract, resolve entities, thread allegations')
    .argument('<paths...>', 'files, folders (read recursively), JSON Lines, RSS/Atom feeds, or - for standard input')
    .addOption(new Option('--lang <lang>', 'language of the articles').choices(['en', 'es', 'auto']).default('auto'))
    .addOption(new Option('--format <format>', 'summary format (default: table on a terminal, json otherwise)').choices(['json', 'table']))
    .option('--no-progress', 'no progress bar or counts on standard error'))
    .action(async (paths: string[], opts: Opts) => {
      // Loaded here, not at start-up: the extractor's models cost every other command time.
      const { runIngest } = await import('../../kb/ingest/ingest-run.js');
      const { planInputs } = await import('../../kb/ingest/read-inputs.js');
      const plan = await planInputs(paths);
      await withStore(opts, async (store) => {
        const progress = opts.progress ? progressReporter(plan.totalBytes) : null;
        let summary: IngestSummary;
        try {
          summary = await runIngest(store, plan, { lang: opts.lang, onProgress: (p) => progress?.update(p) });
        } finally {
          progress?.stop();
        }
        const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
        process.stdout.write(`${format === 'json' ? JSON.stringify(summary, null, 2) : summaryText(summary, store.location)}\n`);
        // Skipped documents are reported above; the exit status tells scripts that some were.
        if (summary.documents.failed > 0) process.exitCode = ERROR_CODES.invalid_input.exit;
      });
    });

  withStoreOptions(program
    .command('reextract')
    .description('extract stored documents again with this version of the extractor (analyst changes are kept)')
    .addOption(new Option('--format <format>', 'summary format').choices(['json', 'table'])))
    .action(async (opts: StoreOptions & { format?: 'json' | 'table' }) => {
      const { addOutcome, emptySummary } = await import('../../kb/ingest/ingest-run.js');
      const { reextractStale } = await import('../../kb/reextract.js');
      await withStore(opts, async (store) => {
        const summary = emptySummary();
        const started = performance.now();
        for await (const p of reextractStale(store)) {
          if (p.outcome) addOutcome(summary, p.outcome);
          else {
            summary.documents.failed++;
            summary.failures.push({ label: `document ${p.documentId}`, message: p.error ?? 'failed' });
            process.stderr.write(`skipped document ${p.documentId}: ${p.error}\n`);
          }
        }
        // Replaced extractions leave date ranges in the summaries as wide as before; recount them.
        if (summary.documents.updated > 0) await store.rebuildSummaries();
        summary.seconds = (performance.now() - started) / 1000;
        const format = opts.format ?? (process.stdout.isTTY ? 'table' : 'json');
        process.stdout.write(`${format === 'json' ? JSON.stringify(summary, null, 2) : summaryText(summary, store.location)}\n`);
        if (summary.documents.failed > 0) process.exitCode = ERROR_CODES.invalid_input.exit;
      });
    });
}
