// Imports OFAC's legacy SDN CSV trio (sdn.csv, alt.csv, add.csv: no header, "-0-" for empty)
// as list entries: aliases from alt.csv and remarks, countries from remarks and addresses.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DossierError } from '../../errors.js';
import { ListEntry, type ListEntryKind } from '../../model/list.js';
import { countryCode } from './countries.js';
import { csvRows, type OnSkip } from './csv-rows.js';
import { parseRemarks } from './ofac-remarks.js';

const empty = (s: string): string | null => {
  const t = s.trim();
  return t === '-0-' || t === '' ? null : t;
};

const SdnRow = z.tuple([z.string().regex(/^\d+$/), z.string().min(1)]).rest(z.string());
const AltRow = z.tuple([z.string().regex(/^\d+$/), z.string(), z.string(), z.string().min(1)]).rest(z.string());
const AddRow = z.tuple([z.string().regex(/^\d+$/), z.string(), z.string(), z.string(), z.string()]).rest(z.string());

function kindOf(sdnType: string | null): ListEntryKind {
  switch (sdnType?.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    case undefined:
      return 'organization';
    default:
      return 'other';
  }
}

/** Entries of an SDN CSV directory; alt.csv and add.csv are optional, sdn.csv is not. */
export async function* readOfacCsv(dir: string, onSkip: OnSkip = () => {}): AsyncGenerator<ListEntry> {
  const sdnPath = join(dir, 'sdn.csv');
  if (!(await exists(sdnPath))) throw new DossierError('not_found', `no sdn.csv in ${dir}`);
  const aliases = await readAliases(join(dir, 'alt.csv'), onSkip);
  const addressCountries = await readAddressCountries(join(dir, 'add.csv'), onSkip);
  for await (const { line, fields } of csvRows(sdnPath)) {
    const row = SdnRow.safeParse(fields);
    if (!row.success || fields.length < 12) {
      onSkip({ line, reason: `sdn.csv: expected 12 fields starting with an entity number and a name, got ${fields.length}` });
      continue;
    }
    const [id, name, type, programs, , , , , , , , remarks] = fields.map(empty);
    const facts = parseRemarks(remarks ?? null);
    const countries = [...facts.countries];
    for (const c of addressCountries.get(id!) ?? []) if (!countries.includes(c)) countries.push(c);
    const entry: ListEntry = {
      id: id!,
      kind: kindOf(type ?? null),
      name: name!,
      aliases: [...(aliases.get(id!) ?? []), ...facts.nicknames],
      countries,
      birthDates: facts.birthDates,
      programs: programs ? programs.replace(/^\[|\]$/g, '').split('] [').map((p) => p.trim()) : [],
      remarks: remarks ?? null,
    };
    yield ListEntry.parse(entry);
  }
}

async function readAliases(path: string, onSkip: OnSkip): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!(await exists(path))) return out;
  for await (const { line, fields } of csvRows(path)) {
    const row = AltRow.safeParse(fields);
    const name = row.success ? empty(row.data[3]) : null;
    if (!row.success || !name) {
      onSkip({ line, reason: 'alt.csv: expected an entity number, alias number, type and name' });
      continue;
    }
    const list = out.get(row.data[0]) ?? [];
    list.push(name);
    out.set(row.data[0], list);
  }
  return out;
}

async function readAddressCountries(path: string, onSkip: OnSkip): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!(await exists(path))) return out;
  for await (const { line, fields } of csvRows(path)) {
    const row = AddRow.safeParse(fields);
    if (!row.success) {
      onSkip({ line, reason: 'add.csv: expected an entity number, address number, address, city and country' });
      continue;
    }
    const country = empty(row.data[4]);
    const code = country ? countryCode(country) : null;
    if (!code) continue;
    const list = out.get(row.data[0]) ?? [];
    if (!list.includes(code)) list.push(code);
    out.set(row.data[0], list);
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
