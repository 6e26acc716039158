// The one output path of the read commands: `--format json` prints an array of objects,
// `--format table` aligned columns for reading; the default is table on a terminal.
import { Option } from 'commander';
import { DossierError } from '../errors.js';

export type OutputFormat = 'json' | 'table';

export function formatOption(): Option {
  return new Option('--format <format>', 'output format (default: table on a terminal, json otherwise)').choices(['json', 'table']);
}

export function chosenFormat(format: string | undefined): OutputFormat {
  return (format as OutputFormat | undefined) ?? (process.stdout.isTTY ? 'table' : 'json');
}

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** Longest cell before it is cut with an ellipsis. */
  max?: number;
}

export function tableText<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => {
    const v = c.value(r);
    const s = v == null ? '' : String(v).replace(/\s+/g, ' ');
    const max = c.max ?? 60;
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
  }));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}

export function writeRows<T>(rows: T[], format: OutputFormat, columns: Column<T>[], empty = 'nothing found'): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  process.stdout.write(rows.length ? `${tableText(rows, columns)}\n` : `${empty}\n`);
}

/** A whole number from an option, or a one-line error naming the option. */
export function wholeNumber(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw new DossierError('invalid_input', `${name} must be a whole number from ${min} to ${max}, not "${value}"`);
    return n;
  };
}

export function positiveInt(name: string, max = 100_000) {
  return wholeNumber(name, 1, max);
}

export function offsetOption(): [string, string, (v: string) => number, number] {
  return ['--offset <n>', 'skip this many', wholeNumber('--offset', 0, Number.MAX_SAFE_INTEGER), 0];
}
