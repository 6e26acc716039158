// `dossier documents` and `dossier search TEXT`: the stored reports, and full-text search over them.
import type { Command } from 'commander';
import type { StoreOptions } from '../../store/open-store.js';
import { chosenFormat, formatOption, offsetOption, positiveInt, writeRows } from '../output.js';
import { withStore, withStoreOptions } from '../store-options.js';
import { DossierError } from '../../errors.js';

type Page = { limit: number; offset: number; format?: string };

export function registerDocuments(program: Command): void {
  withStoreOptions(program
    .command('documents')
    .description('stored documents, latest first')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 50)
    .option(...offsetOption())
    .addOption(formatOption()))
    .action(async (opts: StoreOptions & Page) => {
      await withStore(opts, async (store) => {
        const rows = await store.listDocuments({ limit: opts.limit, offset: opts.offset });
        writeRows(rows, chosenFormat(opts.format), [
          { header: 'id', value: (d) => d.id },
          { header: 'published', value: (d) => d.published },
          { header: 'lang', value: (d) => d.language },
          { header: 'outlet', value: (d) => d.outlet, max: 24 },
          { header: 'title', value: (d) => d.title, max: 70 },
          { header: 'extractor', value: (d) => d.extractorVersion },
        ], 'no documents; add some with: dossier ingest PATH');
      });
    });

  withStoreOptions(program
    .command('search')
    .description('full-text search over stored documents (every word must match; accents and case ignored)')
    .argument('<text...>', 'words to find')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 20)
    .option(...offsetOption())
    .addOption(formatOption()))
    .action(async (words: string[], opts: StoreOptions & Page) => {
      const query = words.join(' ');
      if (!/[\p{L}\p{N}]/u.test(query)) throw new DossierError('invalid_input', 'search for at least one word');
      await withStore(opts, async (store) => {
        const rows = await store.searchDocuments(query, { limit: opts.limit, offset: opts.offset });
        writeRows(rows, chosenFormat(opts.format), [
          { header: 'id', value: (d) => d.id },
          { header: 'published', value: (d) => d.published },
          { header: 'title', value: (d) => d.title, max: 50 },
          { header: 'snippet', value: (d) => d.snippet, max: 120 },
        ], 'no matching documents');
      });
    });
}
