// The resolution rule: link a mention to a known entity only on strong enough evidence for its
// name level, and when in doubt create a new entity and record merge candidates instead.
import { LEVEL_RANK, type NameLevel } from './compare-names.js';

export interface Scored {
  id: number;
  level: NameLevel;
  /** Agreement of country, positions, party and co-mentioned entities (see context.ts). */
  context: number;
  /** Both countries stated and different: never linked automatically. */
  countryConflict: boolean;
  reasons: string[];
  /** The candidate was itself made for an undecided mention of this name (see decide). */
  unresolved?: boolean;
}

/** Context needed to link at each name level; weak and conflicting names never link by themselves. */
export const NEEDED: Partial<Record<NameLevel, number>> = { exact: 0, compatible: 1, alias: 2, surname: 3 };

export const MAX_CANDIDATES = 5;

export type Decision =
  | { action: 'link'; id: number; level: NameLevel; reason: string }
  | { action: 'new'; candidates: Scored[]; undecided: boolean };

export function eligible(s: Scored): boolean {
  const need = NEEDED[s.level];
  return need !== undefined && !s.countryConflict && s.context >= need;
}

function describe(s: Scored): string {
  return [`name ${s.level}`, ...s.reasons].join(', ');
}

/**
 * `loneName`: the mention is a lone surname ("Morales"). Its exact repeats are entities known
 * by that one name too, which gather every report that said no more: they take the mention
 * only when no person of that surname stands out by context (a surname level with the context
 * it needs, and a clear lead over the others).
 */
export function decide(scored: Scored[], loneName = false): Decision {
  const plausible = scored.filter((s) => s.level !== 'none' && s.level !== 'conflict');
  const order = (a: Scored, b: Scored) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || b.context - a.context || a.id - b.id;
  const ok = plausible.filter(eligible).sort(order);
  if (loneName) {
    const [person, ...others] = ok.filter((s) => s.level !== 'exact');
    if (person && others.every((r) => person.context - r.context >= 2)) {
      return { action: 'link', id: person.id, level: person.level, reason: describe(person) };
    }
  }
  const top = ok[0];
  if (top) {
    const rivals = ok.filter((s) => s !== top && LEVEL_RANK[s.level] === LEVEL_RANK[top.level]);
    // Two equally named entities: only a clear lead in context picks one.
    if (rivals.every((r) => top.context - r.context >= 2)) {
      return { action: 'link', id: top.id, level: top.level, reason: describe(top) };
    }
    // Otherwise the mention joins the entity made the first time this name was undecided, so an
    // ambiguous name waits for an analyst in one place instead of adding a new entity per report.
    // Should there be several such entities (a store written before holders kept to their own
    // name), the oldest takes it: never a new one, which would only add another tie next time.
    const holder = [top, ...rivals].filter((s) => s.unresolved).sort((a, b) => a.id - b.id)[0];
    if (holder) return { action: 'link', id: holder.id, level: holder.level, reason: `${describe(holder)}, undecided like before` };
  }
  // undecided: several known entities fitted equally well (not merely too little evidence for one).
  return { action: 'new', candidates: plausible.sort(order).slice(0, MAX_CANDIDATES), undecided: ok.length > 1 };
}

export function candidateReason(s: Scored): string {
  return describe(s);
}
