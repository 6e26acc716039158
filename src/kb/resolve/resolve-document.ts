// Entity resolution for one document: every extracted entity is linked to a known
// knowledge-base entity, or becomes a new one with merge candidates when the evidence is
// not strong enough. Places and organizations first, so persons can use them as context.
import type { Entity, Extraction } from '../../model/extraction.js';
import type { CandidatePlan, EntityIndex, EntityTarget, NewEntity } from '../../store/document-plan.js';
import type { CandidateProfile, DocEntityRow } from '../../store/records.js';
import type { EntityStore } from '../../store/store.js';
import { fold } from './fold.js';
import { LEVEL_RANK, compareForms, type NameLevel } from './compare-names.js';
import { coMentionPoints, scoreContext, type MentionContext } from './context.js';
import { NEEDED, candidateReason, decide, eligible, type Scored } from './decide.js';
import { acronyms, orgKey, orgKeys } from './org-forms.js';
import { formsOf } from './candidate-forms.js';
import { isLoneName, personExactKeys, personForms, personKeys, personLookupKeys, type PersonForms } from './person-forms.js';

export interface Assignment {
  target: EntityTarget;
  /** new, exact, compatible, alias, surname, document (same entity as another in this report), analyst. */
  resolution: string;
  assignedBy: 'resolver' | 'analyst';
}

export interface DocumentResolution {
  assignments: Map<string, Assignment>;
  newEntities: NewEntity[];
  indexAdditions: (EntityIndex & { entityId: number })[];
  candidates: CandidatePlan[];
}

interface Peer {
  kind: string;
  target: EntityTarget;
  forms: PersonForms | null;
  names: string[];
  keys: Set<string>;
}

const KIND_ORDER: Record<string, number> = { place: 0, organization: 1, group: 2, person: 3 };

function namesOf(e: Entity): string[] {
  const seen = new Set<string>();
  return [e.name, ...e.aliases].filter((n) => {
    const f = fold(n);
    if (!f || seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

function rolesOf(e: Entity): { title: string; jurisdiction: string }[] {
  return e.positions.map((p) => ({ title: p.title, jurisdiction: fold(p.jurisdiction ?? '') }));
}

function indexFor(e: Entity, keys: string[]): EntityIndex {
  return { keys, names: namesOf(e).map((name) => ({ name, folded: fold(name) })), roles: rolesOf(e) };
}

/** Names, keys and roles of the mention that the linked entity does not have yet. */
function additions(e: Entity, keys: string[], c: CandidateProfile): EntityIndex & { entityId: number } {
  const idx = indexFor(e, keys);
  // A mention has a name or two: scanning the candidate's names (folds are memoized) costs less
  // than building sets of them for every link.
  const names = idx.names.filter((n) => !c.names.some((k) => fold(k) === n.folded));
  const roles = idx.roles.filter((r) => !c.roles.some((k) => k.title === r.title && k.jurisdiction === r.jurisdiction));
  return { entityId: c.id, keys: names.length ? idx.keys : [], names, roles };
}

export async function resolveDocument(store: EntityStore, x: Extraction, analyst: DocEntityRow[] = []): Promise<DocumentResolution> {
  const out: DocumentResolution = { assignments: new Map(), newEntities: [], indexAdditions: [], candidates: [] };
  const analystByName = new Map<string, number>();
  for (const row of analyst) {
    const id = await store.canonicalId(row.entityId);
    for (const n of [row.name, ...row.aliases]) analystByName.set(`${row.kind}\u0000${fold(n)}`, id);
  }
  const peers: Peer[] = [];
  // The known entities this report's mentions were linked to so far, in the order first linked.
  const linkedIds = new Set<number>();
  const parsed = new Map(x.entities.map((e) => {
    const names = namesOf(e);
    return [e, { names, forms: e.kind === 'person' ? personForms(names) : null }];
  }));
  const surnameOnly = (e: Entity) => Number(parsed.get(e)!.forms?.full.length === 0);
  const ordered = [...x.entities].sort((a, b) => (KIND_ORDER[a.kind]! - KIND_ORDER[b.kind]!) || (surnameOnly(a) - surnameOnly(b)));

  const lookups = ordered.map((e) => {
    const { names, forms } = parsed.get(e)!;
    const keys = forms ? personKeys(forms, names) : e.kind === 'group' ? [] : orgKeys(names);
    // The entity holding this very name's undecided mentions, if any, is looked up first.
    const own = holderKey(e.kind, forms, names);
    const lookup = forms ? [own, ...personLookupKeys(forms, names)] : [own, ...keys];
    // A full name is looked up by its exact repeats first (see below).
    const exact = forms && forms.full.length > 0 ? [own, ...personExactKeys(forms, names)] : null;
    return { e, names, forms, keys, own, lookup: e.kind === 'group' ? [] : lookup, exact };
  });
  // Every mention's candidates in at most two rounds of queries (only co-mentions are looked up
  // per mention). A full name that the store already knows exactly links to, or waits among,
  // the entities of that exact name: a shorter or longer form ranks below any of them in
  // decide, so the p: keys (the same given name and a surname, dozens of namesakes for a common
  // name) are read only for names without an exact repeat to decide on, or left undecided by
  // them. A store whose lookups are round trips to a server gets the wider lists asked for in
  // the same call instead (one call answers many requests with the same few queries), and is
  // not asked again for this document.
  const wide = new Map<number, CandidateProfile[]>();
  const exactRequests = lookups.map((l) => ({ kind: l.e.kind, keys: l.exact ?? l.lookup }));
  let first: CandidateProfile[][];
  if (store.lookupsAreRoundTrips) {
    const alsoWide = lookups.flatMap((l, i) => (l.exact ? [i] : []));
    const all = await store.findCandidatesMany([...exactRequests, ...alsoWide.map((i) => ({ kind: lookups[i]!.e.kind, keys: lookups[i]!.lookup }))]);
    first = all.slice(0, lookups.length);
    alsoWide.forEach((i, n) => wide.set(i, all[lookups.length + n]!));
  } else {
    first = await store.findCandidatesMany(exactRequests);
  }
  const widen = lookups.flatMap((l, i) => (l.exact && !first[i]!.some((c) => exactFit(l, c)) ? [i] : []));
  const unread = widen.filter((i) => !wide.has(i));
  if (unread.length > 0) {
    const wider = await store.findCandidatesMany(unread.map((i) => ({ kind: lookups[i]!.e.kind, keys: lookups[i]!.lookup })));
    unread.forEach((i, n) => wide.set(i, wider[n]!));
  }
  const prefetched = first.slice();
  for (const i of widen) prefetched[i] = wide.get(i)!;
  const widened = new Set(widen);

  for (const [i, { e, names, forms, keys }] of lookups.entries()) {
    const assign = (a: Assignment) => {
      out.assignments.set(e.id, a);
      peers.push({ kind: e.kind, target: a.target, forms, names, keys: new Set(keys) });
      if ('id' in a.target) linkedIds.add(a.target.id);
    };
    const analystId = names.map((n) => analystByName.get(`${e.kind}\u0000${fold(n)}`)).find((id) => id !== undefined);
    if (analystId !== undefined) {
      assign({ target: { id: analystId }, resolution: 'analyst', assignedBy: 'analyst' });
      continue;
    }
    const createNew = (candidates: Scored[], undecided = false) => {
      const ref = `n${out.newEntities.length + 1}`;
      out.newEntities.push({
        ref, kind: e.kind, name: e.name, country: e.country, orgType: e.orgType, origin: undecided ? 'undecided' : 'resolver',
        ...indexFor(e, undecided ? [holderKey(e.kind, forms, names), ...keys] : keys),
      });
      for (const c of candidates) {
        out.candidates.push({ entity: { ref }, candidateId: c.id, level: c.level, score: c.context, reason: candidateReason(c) });
      }
      assign({ target: { ref }, resolution: 'new', assignedBy: 'resolver' });
    };
    // Groups ("six individuals", "prosecutors") are defined by one report and never resolved across reports.
    if (e.kind === 'group') {
      createNew([]);
      continue;
    }

    const peer = samePeer(e.kind, forms, keys, peers);
    if (peer) {
      assign({ target: peer.target, resolution: 'document', assignedBy: 'resolver' });
      continue;
    }

    // The names each known entity was linked with by this report's persons so far.
    const linkedNames = new Map<number, string[]>();
    if (forms) {
      for (const p of peers) {
        if (p.kind === e.kind && 'id' in p.target) linkedNames.set(p.target.id, [...(linkedNames.get(p.target.id) ?? []), ...p.names]);
      }
    }
    const linkedHere = (c: CandidateProfile) => linkedNames.get(c.id) ?? [];
    // A lone surname that this report gives no more of ("Morales").
    const loneName = forms !== null && isLoneName(forms);
    const weigh = async (candidates: CandidateProfile[]) => {
      const scored = scoreAll(lookups[i]!, candidates, linkedHere);
      if (forms) await addCoMentions(store, scored, [...linkedIds]);
      return { scored, decision: forms ? decide(scored, loneName) : decideOrganization(scored) };
    };
    let found = prefetched[i]!;
    let { scored, decision } = await weigh(found);
    // Exact repeats settle a link among themselves. A new entity is decided on the wider lookup,
    // which records the longer and shorter forms among its merge candidates too, and so is a
    // name that this report's links turned from exact into a conflict.
    if (lookups[i]!.exact && !widened.has(i) && (decision.action === 'new' || !scored.some((s) => s.level === 'exact' && !s.countryConflict))) {
      found = wide.get(i) ?? await store.findCandidates(e.kind, lookups[i]!.lookup);
      ({ scored, decision } = await weigh(found));
    }
    if (decision.action === 'link') {
      const c = found.find((f) => f.id === decision.id)!;
      // A holder learns nothing from the mentions it gathers (names or positions would let it
      // pass for one of the persons it may be).
      const add = c.unresolved ? null : additions(e, keys, c);
      if (add && (add.names.length || add.roles.length || add.keys.length)) out.indexAdditions.push(add);
      assign({ target: { id: decision.id }, resolution: decision.level, assignedBy: 'resolver' });
    } else {
      // A lone surname's entity holds whichever reports give no more than that name: it stands
      // for no one in particular, like the holder of an undecided name (its dossier says so).
      createNew(decision.candidates, decision.undecided || loneName);
    }
  }
  return out;
}

interface Lookup {
  e: Entity;
  names: string[];
  forms: PersonForms | null;
  /** The holder key of this name (holderKey). */
  own: string;
}

/** How a mention's names fit a candidate's, given the names other persons of this report were linked to it with. */
function nameLevel(l: Lookup, c: CandidateProfile, linkedHere: string[]): NameLevel {
  const { forms, names, own } = l;
  // Names that other persons of this report were just linked to the candidate with count as
  // its names: "Emilio Rivas Mora" and "Emilio Rivas Luna" in one report are not both the
  // entity known so far only as "Emilio Rivas".
  const level = forms ? compareForms(forms, linkedHere.length ? personForms([...c.names, ...linkedHere]) : formsOf(c)) : orgLevel(names, c);
  // An entity holding undecided mentions takes only the same name again: a fuller or
  // different name is evidence about a person, and the holder stands for none in particular.
  return c.unresolved && holderKey(c.kind, forms ? formsOf(c) : null, c.names) !== own ? 'none' : level;
}

/**
 * A candidate that decide would link to or weigh as an exact repeat: the same name, no other
 * country (before this report's links, which resolveDocument checks again).
 */
function exactFit(l: Lookup, c: CandidateProfile): boolean {
  return !(l.e.country && c.country && l.e.country !== c.country) && nameLevel(l, c, []) === 'exact';
}

/** The candidates whose names fit, scored for context. */
function scoreAll(l: Lookup, found: CandidateProfile[], linkedHere: (c: CandidateProfile) => string[]): Scored[] {
  const { e, forms } = l;
  const mention: MentionContext = { country: e.country, roles: rolesOf(e) };
  const scored: Scored[] = [];
  for (const c of found) {
    const level = nameLevel(l, c, forms ? linkedHere(c) : []);
    // A name that does not fit (most of a common name's namesakes) is no candidate at all: the
    // decision and the co-mention counts pass over it, so its context is not scored.
    if (level === 'none' || level === 'conflict') continue;
    const s = scoreContext(c.id, level, mention, c);
    if (!forms && !s.countryConflict) s.context += e.orgType && c.orgType === e.orgType ? 1 : 0;
    scored.push(s);
  }
  return scored;
}

/**
 * The key of the entity gathering undecidable mentions of this name: a person's fullest written
 * name, an organization's or place's name.
 */
function holderKey(kind: string, forms: PersonForms | null, names: string[]): string {
  return `u:${kind}:${forms ? forms.primary.join(' ') : orgKey(names[0] ?? '')}`;
}

/**
 * Co-mentions cost queries, so they are counted only where they can change the
 * outcome: a candidate a little short of the context its name level needs, or equally good
 * candidates that only a lead in context could separate.
 */
async function addCoMentions(store: EntityStore, scored: Scored[], peers: number[]): Promise<void> {
  if (peers.length === 0) return;
  const live = scored.filter((s) => NEEDED[s.level] !== undefined && !s.countryConflict);
  const top = Math.max(0, ...live.filter(eligible).map((s) => LEVEL_RANK[s.level]));
  const tied = live.filter((s) => eligible(s) && LEVEL_RANK[s.level] === top);
  const worth = live.filter((s) => (!eligible(s) && s.context + 2 >= NEEDED[s.level]!) || (tied.length > 1 && tied.includes(s)));
  const counted = worth.slice(0, 8);
  const counts = await store.coMentionCounts(counted.map((s) => s.id), peers);
  for (const [i, s] of counted.entries()) {
    const shared = counts[i]!;
    const points = coMentionPoints(shared);
    if (points) {
      s.context += points;
      s.reasons.push(`named with ${shared} entities of this report before`);
    }
  }
}

/** Another entity of this report that is plainly the same one (an extractor that split a person in two). */
function samePeer(kind: string, forms: PersonForms | null, keys: string[], peers: Peer[]): Peer | null {
  const sameKind = peers.filter((p) => p.kind === kind);
  if (!forms) return sameKind.find((p) => keys.some((k) => p.keys.has(k))) ?? null;
  const matches = sameKind.filter((p) => {
    const level = compareForms(forms, p.forms!);
    return level === 'exact' || level === 'compatible' || level === 'surname' || level === 'alias';
  });
  const targets = new Set(matches.map((m) => JSON.stringify(m.target)));
  return targets.size === 1 ? matches[0]! : null;
}

function orgLevel(names: string[], c: CandidateProfile): NameLevel {
  // "Attorney General's Office" (FGE) and "Attorney General's Office" (FGR) are two offices.
  const ours = acronyms(names);
  const theirs = acronyms(c.names);
  if (ours.size && theirs.size && ![...ours].some((a) => theirs.has(a))) return 'conflict';
  const mine = names.map(orgKey);
  if (mine[0] === orgKey(c.name)) return 'exact';
  const known = new Set(c.names.map(orgKey));
  return mine.some((k) => known.has(k)) ? 'alias' : 'none';
}

/** Organizations and places: one plausible match links; several are settled by name and type or left to an analyst. */
function decideOrganization(scored: Scored[]) {
  const plausible = scored.filter((s) => s.level !== 'none' && s.level !== 'conflict');
  const ok = plausible.filter((s) => !s.countryConflict);
  if (ok.length === 1) return { action: 'link' as const, id: ok[0]!.id, level: ok[0]!.level, reason: candidateReason(ok[0]!) };
  const rank = (s: Scored) => (s.level === 'exact' ? 10 : 0) + s.context;
  const best = [...ok].sort((a, b) => rank(b) - rank(a));
  if (best.length > 1) {
    const [a, b] = best as [Scored, Scored];
    if (rank(a) > rank(b)) return { action: 'link' as const, id: a.id, level: a.level, reason: candidateReason(a) };
    // As for persons: an undecided name joins the entity made the first time it was undecided.
    const holder = best.filter((s) => rank(s) === rank(a) && s.unresolved).sort((x, y) => x.id - y.id)[0];
    if (holder) return { action: 'link' as const, id: holder.id, level: holder.level, reason: `${candidateReason(holder)}, undecided like before` };
  }
  return { action: 'new' as const, candidates: plausible.slice(0, 5), undecided: ok.length > 1 };
}
