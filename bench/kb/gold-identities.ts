// Which gold persons across documents are the same human being: the same full name (or a
// shared multi-word alias) makes one identity; the pairs below were checked by hand because
// the gold files write them differently.
import { foldName } from '../../src/names/normalize.js';
import type { GoldDocument } from './gold.js';

/** Written differently in different gold files, the same person. */
const SAME_PERSON: [string, string][] = [
  ['alejandro gertz', 'alejandro gertz manero'],
];

export interface GoldPerson {
  doc: string;
  localId: string;
  name: string;
  identity: string;
}

export function goldPersons(docs: GoldDocument[]): GoldPerson[] {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    while (parent.get(x) !== undefined && parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string) => {
    const ra = root(a);
    const rb = root(b);
    if (!parent.has(ra)) parent.set(ra, ra);
    if (ra !== rb) parent.set(rb, ra);
  };
  const people: { doc: string; localId: string; name: string; keys: string[] }[] = [];
  for (const d of docs) {
    for (const e of d.gold.entities ?? []) {
      if (e.kind !== 'person') continue;
      const keys = [e.name, ...(e.aliases ?? [])].map(foldName).filter((k: string) => k.includes(' '));
      const own = `${d.name}#${e.id}`;
      parent.set(own, own);
      for (const k of keys) union(`name:${k}`, own);
      people.push({ doc: d.name, localId: e.id, name: e.name, keys });
    }
  }
  for (const [a, b] of SAME_PERSON) union(`name:${a}`, `name:${b}`);
  return people.map((p) => ({ doc: p.doc, localId: p.localId, name: p.name, identity: root(`${p.doc}#${p.localId}`) }));
}
