// Screening queries: the zod schema of one input row (id, name, optional kind, country and
// birth date) and the reader that turns an input CSV into queries, reporting bad rows.
import { z } from 'zod';
import { DossierError } from '../errors.js';
import { countryCode } from './importers/countries.js';
import { PartialDate } from './partial-date.js';
import { csvRows, type OnSkip } from './importers/csv-rows.js';

const blankToNull = (s: string | undefined | null): string | null => (s && s.trim() ? s.trim() : null);

export const ScreenQuery = z.object({
  id: z.string().trim().min(1, 'empty id'),
  name: z.string().trim().min(1, 'empty name'),
  kind: z
    .string()
    .nullish()
    .transform((k) => blankToNull(k)?.toLowerCase() ?? null)
    .pipe(z.enum(['person', 'organization']).nullable()),
  country: z
    .string()
    .nullish()
    .transform((c, ctx) => {
      const v = blankToNull(c);
      if (v === null) return null;
      const code = countryCode(v);
      if (!code) {
        ctx.addIssue({ code: 'custom', message: `unknown country "${v}"` });
        return z.NEVER;
      }
      return code;
    }),
  birth_date: z
    .string()
    .nullish()
    .transform((d) => blankToNull(d))
    .pipe(PartialDate.nullable()),
});
export type ScreenQuery = z.infer<typeof ScreenQuery>;

/** Queries of a screening input CSV (header with id and name); bad rows go to `onSkip`. */
export async function* readQueries(input: string | NodeJS.ReadableStream, onSkip: OnSkip, label?: string): AsyncGenerator<ScreenQuery> {
  let header: string[] | null = null;
  const name = label ?? (typeof input === 'string' ? input : 'input');
  for await (const { line, fields } of csvRows(input, name, onSkip)) {
    if (!header) {
      header = fields.map((f) => f.trim().toLowerCase());
      if (!header.includes('id') || !header.includes('name')) {
        throw new DossierError('invalid_input', `${name}: the header must name the columns id and name (and may add kind, country, birth_date)`);
      }
      continue;
    }
    if (fields.length !== header.length) {
      onSkip({ line, reason: `expected ${header.length} fields, got ${fields.length}` });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((h, k) => (raw[h] = fields[k]!));
    const q = ScreenQuery.safeParse(raw);
    if (!q.success) {
      onSkip({ line, reason: q.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') });
      continue;
    }
    yield q.data;
  }
  if (!header) throw new DossierError('invalid_input', `${name} is empty`);
}
