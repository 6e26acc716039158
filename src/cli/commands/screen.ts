// `dossier screen --input FILE.csv`: screens each row's name against the stored lists (and the
// knowledge base as list `kb`), printing matches with scores and explanations.
import { SingleBar } from 'cli-progress';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { DossierError } from '../../errors.js';
import type { ListSource } from '../../screen/screening-index.js';
import { buildScreeningIndex } from '../../screen/screening-index.js';
import { CSV_HEADER, formatResult, type ScreenFormat } from '../../screen/format.js';
import type { SkippedRow } from '../../screen/importers/index.js';
import { readQueries, type ScreenQuery } from '../../screen/query.js';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD, screenOne } from '../../screen/screen.js';
import { openStore, type StoreOptions } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';

const Options = z.object({
  input: z.string().min(1),
  lists: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined)),
  threshold: z.coerce.number({ message: '--threshold must be a number' }).min(0, '--threshold must be between 0 and 1').max(1, '--threshold must be between 0 and 1'),
  limit: z.coerce.number({ message: '--limit must be a whole number' }).int('--limit must be a whole number').min(1, '--limit must be at least 1'),
  format: z.enum(['jsonl', 'csv', 'table']),
  db: z.string().optional(),
  pg: z.string().optional(),
});

async function listSources(store: Store, names: string[] | undefined): Promise<ListSource[]> {
  const chosen = names ?? [...(await store.listLists()).map((l) => l.name), 'kb'];
  const sources: ListSource[] = [];
  for (const name of chosen) {
    if (name === 'kb') {
      sources.push({ name, entries: store.knowledgeBasePersons() });
      continue;
    }
    if (!(await store.getList(name))) throw new DossierError('not_found', `no list named ${name}; see dossier lists show`);
    sources.push({ name, entries: store.listEntries(name) });
  }
  return sources;
}

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('screen names (CSV with id,name and optional kind,country,birth_date) against the lists and the knowledge base')
    .requiredOption('--input <file>', 'CSV file of names to screen; - for standard input')
    .option('--lists <names>', 'comma-separated lists to screen against (default: every list and kb)')
    .option('--threshold <t>', 'lowest score reported, 0 to 1', String(DEFAULT_THRESHOLD))
    .option('--limit <k>', 'most matches per name', String(DEFAULT_LIMIT))
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv', 'table']).default('jsonl'))
    .option('--db <path>', 'SQLite database file (default: DOSSIER_DB or ./dossier.db)')
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (or DOSSIER_PG_URL)')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) throw new DossierError('invalid_input', parsed.error.issues[0]!.message);
      const opts = parsed.data;
      const skipped: SkippedRow[] = [];
      const label = opts.input === '-' ? 'standard input' : opts.input;
      const queries: ScreenQuery[] = [];
      for await (const q of readQueries(opts.input === '-' ? process.stdin : opts.input, (s) => skipped.push(s), label)) queries.push(q);
      for (const s of skipped) process.stderr.write(`${label}: line ${s.line} skipped: ${s.reason}\n`);

      const store = await openStore(opts as StoreOptions);
      let index;
      try {
        index = await buildScreeningIndex(await listSources(store, opts.lists));
      } finally {
        await store.close();
      }
      if (index.entries.length === 0) {
        throw new DossierError('not_found', 'nothing to screen against: no list entries and no persons in the knowledge base; import a list with dossier lists import');
      }
      process.stderr.write(`screening ${queries.length} names against ${index.entries.length} list entries (${index.names.nameCount} names; index built in ${index.buildMs.toFixed(0)} ms)\n`);

      const bar = process.stderr.isTTY && queries.length > 1 ? new SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true }) : null;
      bar?.start(queries.length, 0);
      const format = opts.format as ScreenFormat;
      const out: string[] = format === 'csv' ? [CSV_HEADER.join(',')] : [];
      let flagged = 0;
      for (const [k, q] of queries.entries()) {
        const result = screenOne(q, index, { threshold: opts.threshold, limit: opts.limit });
        if (result.matches.length) flagged++;
        out.push(...formatResult(result, format));
        // Written in chunks so 50,000 results never sit in memory as one string.
        if (out.length >= 1000) process.stdout.write(`${out.splice(0).join('\n')}\n`);
        if (k % 100 === 0) bar?.update(k);
      }
      bar?.update(queries.length);
      bar?.stop();
      if (out.length) process.stdout.write(`${out.join('\n')}\n`);
      process.stderr.write(`${flagged} of ${queries.length} names matched${skipped.length ? `; ${skipped.length} rows skipped` : ''}\n`);
    });
}
