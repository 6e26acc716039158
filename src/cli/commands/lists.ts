// `dossier lists import|show`: screening lists into the store (OFAC SDN CSV, FollowTheMoney
// JSON Lines, plain CSV), each kept under its name with its import date; re-import replaces.
import { basename } from 'node:path';
import { Command, Option } from 'commander';
import { DossierError } from '../../errors.js';
import { ListMeta } from '../../model/list.js';
import { IMPORT_FORMATS, readList, type ImportFormat, type SkippedRow } from '../../screen/importers/index.js';
import { openStore, type StoreOptions } from '../../store/open-store.js';

function defaultListName(format: ImportFormat, path: string): string {
  if (format === 'ofac-csv') return 'ofac';
  return basename(path).replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'list';
}

function storeOptions(cmd: Command): Command {
  return cmd.option('--db <path>', 'SQLite database file (default: DOSSIER_DB or ./dossier.db)').option('--pg <url>', 'PostgreSQL URL instead of SQLite (or DOSSIER_PG_URL)');
}

export function registerLists(program: Command): void {
  const lists = program.command('lists').description('screening lists: import and show');
  storeOptions(
    lists
      .command('import')
      .description('import (or replace) a screening list')
      .argument('<path>', 'a directory with sdn.csv, alt.csv, add.csv (ofac-csv) or a file (ftm, csv)')
      .addOption(new Option('--format <format>', 'list format').choices([...IMPORT_FORMATS]).makeOptionMandatory())
      .option('--name <name>', 'list name (default: ofac for ofac-csv, else the file name)'),
  ).action(async (path: string, opts: { format: ImportFormat; name?: string } & StoreOptions) => {
    const name = opts.name ?? defaultListName(opts.format, path);
    if (!ListMeta.shape.name.safeParse(name).success) throw new DossierError('invalid_input', `list name "${name}" must be lower-case letters, digits, - or _`);
    if (name === 'kb') throw new DossierError('invalid_input', 'the list name kb is reserved for the knowledge base');
    const skipped: SkippedRow[] = [];
    const store = await openStore(opts);
    try {
      const meta = await store.replaceList({ name, format: opts.format, source: path, importedAt: new Date().toISOString() }, readList(opts.format, path, (s) => skipped.push(s)));
      for (const s of skipped) process.stderr.write(`${path}: line ${s.line} skipped: ${s.reason}\n`);
      process.stdout.write(`imported ${meta.entryCount} entries into list ${meta.name}${skipped.length ? ` (${skipped.length} rows skipped)` : ''}\n`);
    } finally {
      await store.close();
    }
  });
  storeOptions(lists.command('show').description('the lists in the store, with entry counts and import dates')).action(async (opts: StoreOptions) => {
    const store = await openStore(opts);
    try {
      const all = await store.listLists();
      if (all.length === 0) process.stdout.write('no lists; import one with: dossier lists import --format ofac-csv DIR\n');
      for (const l of all) process.stdout.write(`${l.name.padEnd(16)} ${String(l.entryCount).padStart(8)} entries  ${l.format.padEnd(8)} imported ${l.importedAt}  ${l.source ?? ''}\n`);
    } finally {
      await store.close();
    }
  });
}
