// Evidence beyond the name: the same country, the same position, and entities the candidate
// was already reported with. Added up into the context score decide.ts asks for.
import type { CandidateProfile } from '../../store/records.js';
import type { Scored } from './decide.js';
import type { NameLevel } from './compare-names.js';

export interface MentionContext {
  country: string | null;
  /** Titles with folded jurisdictions ('' when none was stated). */
  roles: { title: string; jurisdiction: string }[];
}

export function scoreContext(id: number, level: NameLevel, m: MentionContext, c: CandidateProfile): Scored {
  const reasons: string[] = [];
  let context = 0;
  let countryConflict = false;
  if (m.country && c.country) {
    if (m.country === c.country) {
      context += 1;
      reasons.push(`same country ${c.country}`);
    } else {
      countryConflict = true;
      reasons.push(`countries differ (${m.country} / ${c.country})`);
    }
  }
  const role = m.roles.find((r) => holdsRole(c, r));
  if (role) {
    context += 2;
    reasons.push(`same position ${role.title}${role.jurisdiction ? ` of ${role.jurisdiction}` : ''}`);
  }
  return { id, level, context, countryConflict, reasons, unresolved: c.unresolved };
}

// An entity reported in many documents gathers many positions (the same title in many places):
// its titles are indexed once per profile (profiles are shared and unchanged while cached).
const INDEXED_FROM = 8;
const titleIndex = new WeakMap<CandidateProfile, Map<string, Set<string>>>();

/** The candidate held this title in this jurisdiction, or either leaves the jurisdiction open. */
function holdsRole(c: CandidateProfile, r: { title: string; jurisdiction: string }): boolean {
  if (c.roles.length < INDEXED_FROM) {
    return c.roles.some((x) => x.title === r.title && (x.jurisdiction === r.jurisdiction || !x.jurisdiction || !r.jurisdiction));
  }
  let byTitle = titleIndex.get(c);
  if (!byTitle) {
    byTitle = new Map();
    for (const x of c.roles) {
      const places = byTitle.get(x.title) ?? new Set<string>();
      places.add(x.jurisdiction);
      byTitle.set(x.title, places);
    }
    titleIndex.set(c, byTitle);
  }
  const places = byTitle.get(r.title);
  return places !== undefined && (!r.jurisdiction || places.has(r.jurisdiction) || places.has(''));
}

/** Points for documents shared with the entities of this report. */
export function coMentionPoints(shared: number): number {
  return shared >= 4 ? 2 : shared >= 2 ? 1 : 0;
}
