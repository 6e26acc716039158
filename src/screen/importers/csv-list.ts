// Imports a plain CSV list: a header with id and name, optionally aliases, kind, country and
// birth_date (several values separated by ";"). Rows failing the schema are reported by line.
import { z } from 'zod';
import { DossierError } from '../../errors.js';
import { ListEntry, ListEntryKind } from '../../model/list.js';
import { PartialDate } from '../partial-date.js';
import { countryCode } from './countries.js';
import { csvRows, type OnSkip } from './csv-rows.js';

const COLUMNS = ['id', 'name', 'aliases', 'kind', 'country', 'birth_date'] as const;

const multi = (s: string | undefined): string[] => (s ?? '').split(/[;|]/).map((v) => v.trim()).filter(Boolean);

const CsvListRow = z.object({
  id: z.string().trim().min(1, 'empty id'),
  name: z.string().trim().min(1, 'empty name'),
  aliases: z.string().optional().transform(multi),
  kind: z
    .string()
    .optional()
    .transform((k) => (k?.trim() ? k.trim().toLowerCase() : 'person'))
    .pipe(ListEntryKind),
  country: z.string().optional().transform(multi),
  birth_date: z
    .string()
    .optional()
    .transform(multi)
    .pipe(z.array(PartialDate)),
});

/** Entries of a CSV list file. */
export async function* readCsvList(path: string, onSkip: OnSkip = () => {}): AsyncGenerator<ListEntry> {
  let header: string[] | null = null;
  for await (const { line, fields } of csvRows(path)) {
    if (!header) {
      header = fields.map((f) => f.trim().toLowerCase());
      if (!header.includes('id') || !header.includes('name')) {
        throw new DossierError('invalid_input', `${path}: the header must name the columns id and name (and may add ${COLUMNS.slice(2).join(', ')})`);
      }
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((h, k) => {
      if (fields[k] !== undefined) raw[h] = fields[k]!;
    });
    const row = CsvListRow.safeParse(raw);
    if (!row.success) {
      onSkip({ line, reason: row.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') });
      continue;
    }
    const r = row.data;
    const countries: string[] = [];
    for (const c of r.country) {
      const code = countryCode(c);
      if (code && !countries.includes(code)) countries.push(code);
    }
    yield ListEntry.parse({ id: r.id, kind: r.kind, name: r.name, aliases: r.aliases, countries, birthDates: r.birth_date, programs: [], remarks: null });
  }
  if (!header) throw new DossierError('invalid_input', `${path} is empty`);
}
