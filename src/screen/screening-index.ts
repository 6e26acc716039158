// The in-memory screening index: every name and alias of the chosen lists in one NameIndex,
// plus the few entry facts screening reports (list, id, name, countries, birth dates).
import type { ListEntry } from '../model/list.js';
import { NameIndexBuilder, type NameIndex } from '../names/name-index.js';
import type { NameKind } from '../names/parse.js';

export interface ScreeningEntry {
  list: string;
  id: string;
  name: string;
  kind: ListEntry['kind'];
  countries: readonly string[];
  birthDates: readonly string[];
}

export interface ScreeningIndex {
  names: NameIndex;
  entries: ScreeningEntry[];
  /** Milliseconds spent building, for reports. */
  buildMs: number;
}

export interface ListSource {
  name: string;
  entries: AsyncIterable<ListEntry> | Iterable<ListEntry>;
}

const NONE: readonly string[] = Object.freeze([]);

export function nameKindOf(kind: ListEntry['kind']): NameKind {
  return kind === 'person' ? 'person' : 'organization';
}

/** Builds the index from list entries (streamed: only the facts above are kept per entry). */
export async function buildScreeningIndex(lists: ListSource[]): Promise<ScreeningIndex> {
  const started = performance.now();
  const builder = new NameIndexBuilder();
  const entries: ScreeningEntry[] = [];
  for (const list of lists) {
    for await (const e of list.entries) {
      const n = entries.length;
      entries.push({
        list: list.name,
        id: e.id,
        name: e.name,
        kind: e.kind,
        countries: e.countries.length ? e.countries : NONE,
        birthDates: e.birthDates.length ? e.birthDates : NONE,
      });
      const kind = nameKindOf(e.kind);
      builder.add(n, e.name, kind);
      for (const alias of e.aliases) builder.add(n, alias, kind);
    }
  }
  const names = builder.build();
  return { names, entries, buildMs: performance.now() - started };
}
