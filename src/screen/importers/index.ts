// One entry point over the list importers, by format name as the CLI and the store know them.
import type { ListEntry, ListMeta } from '../../model/list.js';
import type { OnSkip } from './csv-rows.js';
import { readCsvList } from './csv-list.js';
import { readFtm } from './ftm.js';
import { readOfacCsv } from './ofac-csv.js';

export type ImportFormat = Exclude<ListMeta['format'], 'kb'>;
export const IMPORT_FORMATS: readonly ImportFormat[] = ['ofac-csv', 'ftm', 'csv'];

/** Entries of a list source: a directory for ofac-csv, a file for ftm and csv. */
export function readList(format: ImportFormat, path: string, onSkip?: OnSkip): AsyncGenerator<ListEntry> {
  switch (format) {
    case 'ofac-csv':
      return readOfacCsv(path, onSkip);
    case 'ftm':
      return readFtm(path, onSkip);
    case 'csv':
      return readCsvList(path, onSkip);
  }
}

export type { OnSkip, SkippedRow } from './csv-rows.js';
