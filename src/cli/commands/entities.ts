// `dossier entities`, `dossier show ENTITY` and `dossier timeline ENTITY`: the knowledge base's
// people, organizations, places and groups, one dossier, and one entity's history.
import { Command, Option } from 'commander';
import type { StoreOptions } from '../../store/open-store.js';
import { chosenFormat, formatOption, offsetOption, positiveInt, writeRows } from '../output.js';
import { withStore, withStoreOptions } from '../store-options.js';

type Format = { format?: string };

export function registerEntities(program: Command): void {
  withStoreOptions(program
    .command('entities')
    .description('list known entities')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(['person', 'organization', 'place', 'group']))
    .option('--q <name>', 'names containing these words (accents and case ignored)')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 50)
    .option(...offsetOption())
    .addOption(formatOption()))
    .action(async (opts: StoreOptions & Format & { kind?: string; q?: string; limit: number; offset: number }) => {
      await withStore(opts, async (store) => {
        const rows = await store.listEntities({ kind: opts.kind, q: opts.q, limit: opts.limit, offset: opts.offset });
        writeRows(rows, chosenFormat(opts.format), [
          { header: 'id', value: (e) => e.id },
          { header: 'kind', value: (e) => e.kind },
          { header: 'name', value: (e) => e.name, max: 40 },
          { header: 'country', value: (e) => e.country },
          { header: 'docs', value: (e) => e.documentCount },
          { header: 'aliases', value: (e) => e.aliases.join('; '), max: 60 },
        ], 'no entities');
      });
    });

  withStoreOptions(program
    .command('show')
    .description('the dossier of one entity: positions, parties, allegation threads with sources and responses, events, documents')
    .argument('<entity>', 'an entity id or a name')
    .option('--limit <n>', 'reports per thread, events and documents shown', positiveInt('--limit', 1000), 10)
    .addOption(formatOption()))
    .action(async (entity: string, opts: StoreOptions & Format & { limit: number }) => {
      const { entityDossier } = await import('../../kb/dossier.js');
      const { renderDossier } = await import('../render-dossier.js');
      await withStore(opts, async (store) => {
        const dossier = await entityDossier(store, entity, { limit: opts.limit });
        const format = chosenFormat(opts.format);
        process.stdout.write(format === 'json' ? `${JSON.stringify([dossier], null, 2)}\n` : `${renderDossier(dossier)}\n`);
      });
    });

  withStoreOptions(program
    .command('timeline')
    .description('events, allegations, responses and positions of one entity in date order')
    .argument('<entity>', 'an entity id or a name')
    .option('--limit <n>', 'the latest this many items', positiveInt('--limit'), 100)
    .addOption(formatOption()))
    .action(async (entity: string, opts: StoreOptions & Format & { limit: number }) => {
      const { entityTimeline } = await import('../../kb/timeline.js');
      await withStore(opts, async (store) => {
        const { items } = await entityTimeline(store, entity, { limit: opts.limit });
        writeRows(items, chosenFormat(opts.format), [
          { header: 'date', value: (i) => i.date },
          { header: 'type', value: (i) => i.type },
          { header: 'what', value: (i) => i.what, max: 70 },
          { header: 'doc', value: (i) => i.documentId },
          { header: 'words', value: (i) => i.quote, max: 80 },
        ], 'nothing recorded');
      });
    });
}
