// `dossier extract FILE|-`: one article to one dossier.extraction/v1 object (json) or a
// summary a journalist can check against the article (text).
import { Command, Option } from 'commander';
import { readInputText } from '../read-input.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract people, positions, allegations, responses and events from one article')
    .argument('<file>', 'the article: plain text, Markdown or HTML; - for standard input')
    .addOption(new Option('--lang <lang>', 'language of the article').choices(['en', 'es', 'auto']).default('auto'))
    .addOption(new Option('--format <format>', 'output format (default: text on a terminal, json otherwise)').choices(['json', 'text']))
    .addOption(new Option('--input-format <format>', 'how to read the input').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
    .action(async (file: string, opts: { lang: 'en' | 'es' | 'auto'; format?: 'json' | 'text'; inputFormat: 'auto' | 'text' | 'markdown' | 'html' }) => {
      const raw = await readInputText(file);
      // Loaded here, not at start-up: the extractor's model and lexicons take most of a second.
      const { extractText } = await import('../../extract/pipeline.js');
      const { renderSummary } = await import('../../extract/summary.js');
      const { document, extraction } = extractText(raw, { lang: opts.lang, format: opts.inputFormat });
      const format = opts.format ?? (process.stdout.isTTY ? 'text' : 'json');
      const out = format === 'json' ? JSON.stringify(extraction, null, 2) : renderSummary(extraction, document.text);
      process.stdout.write(`${out}\n`);
    });
}
