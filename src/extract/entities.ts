// Creating, finding and merging draft entities and their mentions, shared by the stages that
// recognise names, groups and references.
import type { EntityKind, OrgType } from '../model/extraction.js';
import type { Analysis, EntityDraft, Mention, Range } from './analysis.js';
import { surface } from './analysis.js';
import { fold } from './text/tokens.js';
import { stringMemo } from '../string-memo.js';

export interface EntityProps {
  orgType?: OrgType | null;
  country?: string | null;
  key?: string | null;
  count?: number | null;
  description?: string | null;
  /** The name to use instead of the mention's surface (e.g. a title stripped). */
  name?: string;
}

/** nameKey of `kind:name`, memoized. */
const nameKeyOfRaw = stringMemo(5_000, (raw) => {
  const at = raw.indexOf(':');
  return `${raw.slice(0, at)}:${fold(raw.slice(at + 1)).replace(/'s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
});

/** The key two mentions share when they name the same thing in one document. */
export function nameKey(kind: EntityKind, name: string): string {
  return nameKeyOfRaw(`${kind}:${name}`);
}

export function findEntity(a: Analysis, key: string): EntityDraft | null {
  for (const e of a.entities) if (e.key === key || nameKeyOf(e) === key) return e;
  return null;
}

const NAME_KEYS = new WeakMap<EntityDraft, { name: string; key: string }>();

/** nameKey of an entity's current name, cached until the name changes. */
function nameKeyOf(e: EntityDraft): string {
  const hit = NAME_KEYS.get(e);
  if (hit && hit.name === e.name) return hit.key;
  const key = nameKey(e.kind, e.name);
  NAME_KEYS.set(e, { name: e.name, key });
  return key;
}

/** An entity that already uses this exact form as its name or an alias. */
export function findByForm(a: Analysis, form: string): EntityDraft | null {
  const f = fold(form);
  for (const e of a.entities) {
    if (!e.mentions.length || (e as { mergedInto?: number }).mergedInto !== undefined) continue;
    if (fold(e.name) === f) return e;
    for (const x of e.forms) if (fold(x) === f) return e;
  }
  return null;
}

/** True when no mention covers any token of the range. */
export function isFree(a: Analysis, r: Range): boolean {
  for (let i = r.start; i < r.end; i++) if (a.mentionAt[i]! >= 0) return false;
  return true;
}

/** Records a mention of an entity, creating the entity when its key is new. */
export function addMention(a: Analysis, r: Range, kind: EntityKind, rule: string, props: EntityProps = {}): EntityDraft {
  const text = props.name ?? surface(a, r);
  const key = props.key ?? nameKey(kind, text);
  let e = findEntity(a, key);
  if (!e || e.kind !== kind) {
    e = {
      index: a.entities.length,
      kind,
      name: text,
      forms: new Set(),
      orgType: props.orgType ?? null,
      country: props.country ?? null,
      positions: [],
      parties: [],
      count: props.count ?? null,
      description: props.description ?? null,
      mentions: [],
      gender: null,
      key,
    };
    a.entities.push(e);
  } else {
    addForm(e, text);
    e.orgType ??= props.orgType ?? null;
    e.country ??= props.country ?? null;
  }
  attachMention(a, e, r, rule);
  return e;
}

/** Adds a mention of an existing entity (an alias or a reference). */
export function attachMention(a: Analysis, e: EntityDraft, r: Range, rule: string): Mention {
  const m: Mention = { start: r.start, end: r.end, entity: e.index, rule };
  const idx = a.mentions.length;
  a.mentions.push(m);
  e.mentions.push(m);
  // Overlapping mentions ("[Trump] administration") leave the inner mention in place.
  for (let i = r.start; i < r.end; i++) if (a.mentionAt[i] === -1) a.mentionAt[i] = idx;
  return m;
}

/** Makes the newest mention of `e` the one its tokens stand for in clauses: "[Duarte's
 *  lawyers] did not respond", not the possessive "Duarte's" inside it. */
export function claimTokens(a: Analysis, e: EntityDraft, r: Range): void {
  const idx = a.mentions.length - 1;
  if (a.mentions[idx]?.entity !== e.index) return;
  for (let i = r.start; i < r.end; i++) a.mentionAt[i] = idx;
}

/** Keeps the longer form as the name and the other as an alias. */
export function addForm(e: EntityDraft, form: string): void {
  const f = form.trim();
  if (!f || f === e.name) return;
  if (e.kind !== 'group' && f.length > e.name.length && !/['’]s\b/.test(f)) {
    e.forms.add(e.name);
    e.name = f;
  } else {
    e.forms.add(f);
  }
  e.forms.delete(e.name);
}

/** Folds entity `from` into `into`: mentions, forms, positions, parties. */
export function mergeEntity(from: EntityDraft, into: EntityDraft): void {
  if (from === into) return;
  addForm(into, from.name);
  for (const f of from.forms) addForm(into, f);
  for (const m of from.mentions) {
    m.entity = into.index;
    into.mentions.push(m);
  }
  from.mentions = [];
  for (const p of from.positions) {
    const same = into.positions.find((x) => x.title === p.title);
    if (!same) into.positions.push(p);
    else { same.jurisdiction ??= p.jurisdiction; if (p.status === 'former') same.status = 'former'; }
  }
  for (const p of from.parties) if (!into.parties.includes(p)) into.parties.push(p);
  into.country ??= from.country;
  into.orgType ??= from.orgType;
  into.gender ??= from.gender;
  from.kind = into.kind;
  from.key = `merged:${into.index}`;
  (from as { mergedInto?: number }).mergedInto = into.index;
}

/** The entity an index points to after merges. */
export function resolveEntity(a: Analysis, index: number): EntityDraft {
  let e = a.entities[index]!;
  for (let guard = 0; guard < 20; guard++) {
    const next = (e as { mergedInto?: number }).mergedInto;
    if (next === undefined) break;
    e = a.entities[next]!;
  }
  return e;
}
