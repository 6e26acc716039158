// Imports FollowTheMoney entities (JSON Lines, as OpenSanctions publishes them): persons,
// organizations, companies, vessels and aircraft become list entries; other schemata
// (addresses, sanctions, ownerships…) are not names to screen and are passed over.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { DossierError } from '../../errors.js';
import { ListEntry, type ListEntryKind } from '../../model/list.js';
import { countryCode } from './countries.js';
import type { OnSkip } from './csv-rows.js';

const KINDS: Record<string, ListEntryKind> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

const Values = z.array(z.string()).optional();
const FtmEntity = z.object({
  id: z.string().min(1),
  schema: z.string().min(1),
  caption: z.string().optional(),
  properties: z
    .object({
      name: Values,
      alias: Values,
      weakAlias: Values,
      previousName: Values,
      birthDate: Values,
      nationality: Values,
      citizenship: Values,
      country: Values,
      program: Values,
      programId: Values,
      topics: Values,
      notes: Values,
    })
    .loose(),
});

/** Entries of a FollowTheMoney JSON Lines file; bad lines go to `onSkip` with their number. */
export async function* readFtm(path: string, onSkip: OnSkip = () => {}): AsyncGenerator<ListEntry> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) => reject(err));
  });
  try {
    await opened;
  } catch {
    throw new DossierError('not_found', `no such file: ${path}`);
  }
  let line = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      onSkip({ line, reason: 'not a JSON object' });
      continue;
    }
    const parsed = FtmEntity.safeParse(json);
    if (!parsed.success) {
      onSkip({ line, reason: `not a FollowTheMoney entity (${parsed.error.issues[0]?.path.join('.') || 'shape'})` });
      continue;
    }
    const entry = toEntry(parsed.data);
    if (entry === 'other-schema') continue;
    if (!entry) {
      onSkip({ line, reason: 'entity has no name' });
      continue;
    }
    yield entry;
  }
}

function toEntry(e: z.infer<typeof FtmEntity>): ListEntry | null | 'other-schema' {
  const kind = KINDS[e.schema];
  if (!kind) return 'other-schema';
  const p = e.properties;
  const names = unique([...(p.name ?? []), ...(e.caption ? [e.caption] : [])]);
  const name = names[0];
  if (!name) return null;
  const aliases = unique([...names.slice(1), ...(p.alias ?? []), ...(p.weakAlias ?? []), ...(p.previousName ?? [])]).filter((a) => a !== name);
  const countries = unique([...(p.nationality ?? []), ...(p.citizenship ?? []), ...(p.country ?? [])].map((c) => countryCode(c)).filter((c): c is string => c !== null));
  return ListEntry.parse({
    id: e.id,
    kind,
    name,
    aliases,
    countries,
    birthDates: unique((p.birthDate ?? []).filter((d) => /^\d{4}(-\d{2}(-\d{2})?)?/.test(d)).map((d) => d.slice(0, 10))),
    programs: unique([...(p.programId ?? []), ...(p.program ?? []), ...(p.topics ?? [])]),
    remarks: p.notes?.join(' ') || null,
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
