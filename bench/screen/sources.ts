// Loads the real data the screening benchmark reads from ../shared/data (never copied into
// the repository): the SDN list through our own importer, and the Mexican legislators.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ListEntry } from '../../src/model/list.js';
import { readOfacCsv } from '../../src/screen/importers/ofac-csv.js';

export const SHARED = resolve(process.env.DOSSIER_SHARED_DATA ?? join(process.cwd(), '../shared/data'));

export async function loadSdn(): Promise<ListEntry[]> {
  const out: ListEntry[] = [];
  for await (const e of readOfacCsv(join(SHARED, 'ofac'))) out.push(e);
  return out;
}

export interface Legislators {
  /** Sitting deputies and senators (the false-alarm population). */
  members: string[];
  /** Deputies' substitutes: more real names, used among the other non-list queries. */
  substitutes: string[];
}

export async function loadLegislators(): Promise<Legislators> {
  const dir = join(SHARED, 'mx-officials');
  const members = new Set<string>();
  const csv = await readFile(join(dir, 'diputados_lxvi.csv'), 'utf8');
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const name = line.split(',')[1]?.trim();
    if (name) members.add(name);
  }
  const json = JSON.parse(await readFile(join(dir, 'diputados_lxvi.json'), 'utf8')) as { diputados: Array<{ nombre: string; suplente: string | null }> };
  const substitutes = new Set<string>();
  for (const d of json.diputados) {
    if (d.nombre.trim()) members.add(d.nombre.trim());
    if (d.suplente?.trim()) substitutes.add(d.suplente.trim());
  }
  const senators = JSON.parse(await readFile(join(dir, 'senadores_lxvi.json'), 'utf8')) as Array<{ nombre: string }>;
  for (const s of senators) if (s.nombre.trim()) members.add(s.nombre.trim());
  for (const m of members) substitutes.delete(m);
  return { members: [...members], substitutes: [...substitutes] };
}

const DRUG_PROGRAMS = new Set(['SDNTK', 'SDNT', 'ILLICIT-DRUGS-EO14059']);
const LATAM = new Set(['MX', 'CO', 'VE', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU', 'DO', 'PE', 'EC', 'BO', 'PY', 'UY', 'AR', 'CL', 'BR']);

/** Drug-program or Latin American entries: 60% of the benchmark's list queries come from them. */
export function isDrugOrLatam(e: ListEntry): boolean {
  return e.programs.some((p) => DRUG_PROGRAMS.has(p)) || e.countries.some((c) => LATAM.has(c));
}
