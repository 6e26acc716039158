// Finds the entity a user means: an id (following merges), or a name that matches one
// entity better than any other. Ambiguity is an error that lists the choices.
import type { EntityRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { foldName } from '../names/normalize.js';
import { DossierError } from '../errors.js';

export async function findEntity(store: Store, query: string): Promise<EntityRecord> {
  const q = query.trim();
  if (q === '') throw new DossierError('invalid_input', 'name an entity: its id or its name');
  if (/^\d+$/.test(q)) {
    const id = await store.canonicalId(Number(q));
    const e = await store.getEntity(id);
    if (!e) throw new DossierError('not_found', `no entity ${q}`);
    return e;
  }
  const matches = await store.listEntities({ q, limit: 20 });
  if (matches.length === 0) throw new DossierError('not_found', `no entity named like "${q}"`);
  const folded = foldName(q);
  const exact = matches.filter((e) => foldName(e.name) === folded || e.aliases.some((a) => foldName(a) === folded));
  const pick = exact.length === 1 ? exact : matches.length === 1 ? matches : [];
  if (pick[0]) return pick[0];
  const choices = (exact.length ? exact : matches).slice(0, 8).map((e) => `${e.id} ${e.name} (${e.kind})`).join('; ');
  throw new DossierError('invalid_input', `"${q}" could be several entities: ${choices}; use an id`);
}
