// Analyst corrections: `dossier merge A B`, `dossier split ENTITY --document D`, `dossier undo
// DECISION`, the decision log, and the merge candidates resolution left for a person to decide.
import { Command, Option } from 'commander';
import type * as Analyst from '../../kb/analyst.js';
import type { Decision } from '../../store/records.js';
import type { StoreOptions } from '../../store/open-store.js';
import { chosenFormat, formatOption, positiveInt, writeRows } from '../output.js';
import { analystName, withStore, withStoreOptions } from '../store-options.js';
import { DossierError } from '../../errors.js';

type Who = { by?: string; reason: string; format?: string };

const analyst = (): Promise<typeof Analyst> => import('../../kb/analyst.js');

function who(opts: Who) {
  return { actor: analystName(opts.by), reason: opts.reason };
}

function decisionOptions(cmd: Command): Command {
  return withStoreOptions(cmd
    .requiredOption('--reason <text>', 'why (recorded with the decision)')
    .option('--by <name>', 'who decides (default: DOSSIER_ANALYST or the login name)')
    .addOption(formatOption()));
}

function printDecision(d: Decision, format: string | undefined, summary: string): void {
  if (chosenFormat(format) === 'json') process.stdout.write(`${JSON.stringify([d], null, 2)}\n`);
  else process.stdout.write(`${summary}\ndecision ${d.id} by ${d.actor} at ${d.createdAt}: ${d.reason} (undo with: dossier undo ${d.id} --reason …)\n`);
}

export function registerDecisions(program: Command): void {
  decisionOptions(program
    .command('merge')
    .description('merge entity B into entity A (A keeps its id); recorded and undoable')
    .argument('<a>', 'the entity that stays (id or name)')
    .argument('<b>', 'the entity merged into it (id or name)'))
    .action(async (a: string, b: string, opts: StoreOptions & Who) => {
      await withStore(opts, async (store) => {
        const d = await (await analyst()).mergeEntities(store, a, b, who(opts));
        printDecision(d, opts.format, `merged ${d.payload.from} into ${d.payload.into}`);
      });
    });

  decisionOptions(program
    .command('split')
    .description("move an entity's mentions in some documents to a new entity; recorded and undoable")
    .argument('<entity>', 'the entity (id or name)')
    .requiredOption('--document <id...>', 'documents whose mentions move to the new entity'))
    .action(async (entity: string, opts: StoreOptions & Who & { document: string[] }) => {
      const ids = opts.document.map((d) => {
        if (!/^\d+$/.test(d)) throw new DossierError('invalid_input', `--document takes document ids (numbers), not "${d}"`);
        return Number(d);
      });
      await withStore(opts, async (store) => {
        const d = await (await analyst()).splitEntity(store, entity, ids, who(opts));
        printDecision(d, opts.format, `split documents ${ids.join(', ')} off ${d.payload.from} into new entity ${d.payload.to}`);
      });
    });

  decisionOptions(program
    .command('undo')
    .description('undo a merge or a split; the undo is recorded too')
    .argument('<decision>', 'the decision id (see dossier decisions)', positiveInt('decision', Number.MAX_SAFE_INTEGER)))
    .action(async (id: number, opts: StoreOptions & Who) => {
      await withStore(opts, async (store) => {
        const d = await (await analyst()).undoDecision(store, id, who(opts));
        printDecision(d, opts.format, `undid decision ${id}`);
      });
    });

  withStoreOptions(program
    .command('decisions')
    .description('the log of analyst decisions, latest first')
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 50)
    .addOption(formatOption()))
    .action(async (opts: StoreOptions & { limit: number; format?: string }) => {
      await withStore(opts, async (store) => {
        const rows = await store.listDecisions({ limit: opts.limit });
        writeRows(rows, chosenFormat(opts.format), [
          { header: 'id', value: (d) => d.id },
          { header: 'action', value: (d) => d.action },
          { header: 'what', value: (d) => JSON.stringify(d.payload), max: 50 },
          { header: 'by', value: (d) => d.actor },
          { header: 'at', value: (d) => d.createdAt },
          { header: 'why', value: (d) => d.reason, max: 40 },
          { header: 'undone', value: (d) => (d.undoneAt ? `${d.undoneAt} by ${d.undoneBy}` : '') },
        ], 'no decisions yet');
      });
    });

  withStoreOptions(program
    .command('candidates')
    .description('possible duplicates that resolution would not merge on its own')
    .addOption(new Option('--status <status>', 'which ones').choices(['open', 'merged', 'rejected', 'all']).default('open'))
    .option('--reject <id>', 'mark a candidate as not the same entity', positiveInt('--reject', Number.MAX_SAFE_INTEGER))
    .option('--limit <n>', 'at most this many', positiveInt('--limit'), 100)
    .addOption(formatOption()))
    .action(async (opts: StoreOptions & { status: string; reject?: number; limit: number; format?: string }) => {
      await withStore(opts, async (store) => {
        if (opts.reject !== undefined) {
          await store.rejectCandidate(opts.reject);
          process.stdout.write(`candidate ${opts.reject} rejected\n`);
          return;
        }
        const rows = await store.mergeCandidates({ status: opts.status === 'all' ? undefined : opts.status, limit: opts.limit });
        writeRows(rows, chosenFormat(opts.format), [
          { header: 'id', value: (c) => c.id },
          { header: 'entity', value: (c) => `${c.entity.name} [${c.entity.id}]`, max: 40 },
          { header: 'maybe same as', value: (c) => `${c.candidate.name} [${c.candidate.id}]`, max: 40 },
          { header: 'doc', value: (c) => c.documentId },
          { header: 'why', value: (c) => c.reason, max: 70 },
          { header: 'status', value: (c) => c.status },
        ], 'no merge candidates');
      });
    });
}
