// The commander program: one register function per noun, each in commands/<noun>.ts.
import { Command } from 'commander';
import { registerDecisions } from './commands/decisions.js';
import { registerDocuments } from './commands/documents.js';
import { registerEntities } from './commands/entities.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerLists } from './commands/lists.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dossier')
    .description('Turn news reports about politicians and organized crime into a sourced record.')
    .version('0.1.0')
    // Usage errors surface as exceptions so main.ts sets one exit status for all of them.
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerEntities(program);
  registerDocuments(program);
  registerDecisions(program);
  registerLists(program);
  registerScreen(program);
  registerServe(program);
  return program;
}
