// Streams the rows of a CSV file (csv-parse) with their line numbers, so every importer and
// the screening input report a bad row as "line N" and go on.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { DossierError } from '../../errors.js';

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
}

/** A row the reader skipped, with the reason; never silently dropped. */
export interface SkippedRow {
  line: number;
  reason: string;
}

export type OnSkip = (skipped: SkippedRow) => void;

/** Rows of a CSV file or stream; a file that is not CSV at all is one `invalid_input` error. */
export async function* csvRows(input: string | NodeJS.ReadableStream, label = typeof input === 'string' ? input : 'input', onSkip?: OnSkip): AsyncGenerator<CsvRow> {
  if (typeof input === 'string') await assertFile(input);
  const source = typeof input === 'string' ? createReadStream(input) : input;
  const parser = source.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: false,
      // A row csv-parse cannot read (a stray quote) is reported and skipped, not fatal.
      skip_records_with_error: onSkip !== undefined,
      on_skip: (err) => {
        onSkip?.({ line: Number(err?.lines ?? 0), reason: err ? err.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') : 'unreadable row' });
        return undefined;
      },
    }),
  );
  // pipe() does not forward the source's errors (an unreadable file) to the parser.
  (source as NodeJS.EventEmitter).on('error', (err: Error) => parser.destroy(err));
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const fields = rec.record;
      // OFAC's files end with a Ctrl-Z byte after the last line break.
      if (fields.length === 1 && /^[\s\x1a]*$/.test(fields[0]!)) continue;
      yield { line: rec.info.lines, fields };
    }
  } catch (err) {
    if (isNotFound(err)) throw new DossierError('not_found', `no such file: ${label}`);
    const message = err instanceof Error ? err.message : String(err);
    throw new DossierError('invalid_input', `${label}: not readable as CSV (${message})`, { cause: err });
  }
}

async function assertFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new DossierError('not_found', `no such file: ${path}`);
  }
  if (info.isDirectory()) throw new DossierError('invalid_input', `${path} is a directory, not a file`);
}

function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 'ENOENT';
}
