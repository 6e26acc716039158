// Analyst corrections over the store's recorded decisions: merge two entities, split the
// mentions of some documents off an entity, undo either. Lookup rows are rebuilt afterwards so
// resolution stops matching names that moved away.
import type { EntityIndex, NewEntity } from '../store/document-plan.js';
import type { Actor, Decision, DocEntityRow } from '../store/records.js';
import type { Store } from '../store/store.js';
import { foldName } from '../names/normalize.js';
import { findEntity } from './find-entity.js';
import { orgKeys } from './resolve/org-forms.js';
import { personForms, personKeys } from './resolve/person-forms.js';
import { DossierError } from '../errors.js';

/** Names, keys and roles of an entity as its mentions have it. */
export function indexFromMentions(kind: string, name: string, rows: DocEntityRow[]): EntityIndex {
  const seen = new Map<string, string>();
  for (const n of [name, ...rows.flatMap((r) => [r.name, ...r.aliases])]) {
    const f = foldName(n);
    if (f && !seen.has(f)) seen.set(f, n);
  }
  const names = [...seen.values()];
  const keys = kind === 'person' ? personKeys(personForms(names), names) : kind === 'group' ? [] : orgKeys(names);
  const roles = new Map<string, { title: string; jurisdiction: string }>();
  for (const r of rows) for (const role of r.roles) {
    const j = foldName(role.jurisdiction ?? '');
    roles.set(`${role.title}\u0000${j}`, { title: role.title, jurisdiction: j });
  }
  return { keys, names: [...seen].map(([folded, n]) => ({ name: n, folded })), roles: [...roles.values()] };
}

export async function mergeEntities(store: Store, keep: string, other: string, by: Actor): Promise<Decision> {
  const a = await findEntity(store, keep);
  const b = await findEntity(store, other);
  if (a.id === b.id) throw new DossierError('invalid_input', `"${keep}" and "${other}" are already the same entity (${a.id})`);
  return store.mergeEntities(a.id, b.id, by);
}

export async function splitEntity(store: Store, entity: string, documentIds: number[], by: Actor): Promise<Decision> {
  const e = await findEntity(store, entity);
  const rows = await store.docEntitiesOf(e.id, documentIds);
  if (rows.length === 0) throw new DossierError('invalid_input', `entity ${e.id} is not mentioned in document ${documentIds.join(', ')} (or only through a merged entity; undo that merge instead)`);
  const fullest = rows.map((r) => r.name).sort((x, y) => y.split(/\s+/).length - x.split(/\s+/).length || y.length - x.length)[0]!;
  const created: Omit<NewEntity, 'ref'> = {
    kind: e.kind, name: fullest, country: rows.find((r) => r.country)?.country ?? null, orgType: rows.find((r) => r.orgType)?.orgType ?? null,
    ...indexFromMentions(e.kind, fullest, rows),
  };
  const decision = await store.splitEntity(e.id, documentIds, created, by);
  await reindex(store, e.id, e.kind, e.name);
  return decision;
}

export async function undoDecision(store: Store, decisionId: number, by: Actor): Promise<Decision> {
  const undo = await store.undoDecision(decisionId, by);
  const [original] = (await store.listDecisions({ limit: 1000 })).filter((d) => d.id === decisionId);
  if (original?.action === 'split') {
    const from = Number(original.payload.from);
    const e = await store.getEntity(from);
    if (e) await reindex(store, e.id, e.kind, e.name);
  }
  return undo;
}

async function reindex(store: Store, id: number, kind: string, name: string): Promise<void> {
  const rows = await store.docEntitiesOf(id);
  await store.replaceEntityIndex(id, indexFromMentions(kind, name, rows));
}
