// Candidate profiles by entity id for a whole ingest run, in memory that stops growing: the most
// recently used are kept as objects (an LRU map), and those it lets go are kept packed, their words
// coded, in one byte array (PackedValues), about 35 bytes each outside the JavaScript heap. A profile
// object with its name forms took about 600 bytes of heap, and V8 holds two to three times the
// live heap in resident memory, so keeping one object per entity made the process grow with the
// store (docs/knowledge-base.md).
import { LRUCache } from 'lru-cache';
import type { CandidateProfile } from '../records.js';
import type { IdCache } from './id-map.js';
import { PackedValues } from './packed-values.js';
import { sharedStrings } from '../../string-memo.js';

type Role = { title: string; jurisdiction: string };

/** A profile as packed: [kind, name, country, orgType, unresolved (0/1), names, roles as title, jurisdiction, …]. */
type Packed = [string, string, string | null, string | null, number, readonly string[], string[]];

/**
 * One string per distinct name, title, jurisdiction or country in the cached profiles: namesakes
 * and holders of one name, and the thousands of entities with the same position, would each
 * keep a copy otherwise. Bounded like the profile objects (HOT_PROFILES): a memo of every
 * string ever read grew with the store.
 */
export const profileString = sharedStrings(30_000);

/** The roles of every profile without any (most of them): one frozen array instead of one each. */
export const NO_ROLES = Object.freeze([]) as unknown as Role[];

/** A frozen profile from its parts, with its strings shared (profileString). */
export function frozenProfile(p: Omit<CandidateProfile, 'names' | 'roles'> & { names: readonly string[]; roles: readonly Role[] }): CandidateProfile {
  const share = profileString;
  const orNull = (s: string | null) => (s === null ? null : share(s));
  // Frozen: a caller changing a shared profile would change what later documents see.
  return Object.freeze({
    id: p.id, kind: share(p.kind), name: share(p.name), country: orNull(p.country), orgType: orNull(p.orgType),
    names: Object.freeze(p.names.map(share)) as string[],
    roles: p.roles.length ? Object.freeze(p.roles.map((r) => Object.freeze({ title: share(r.title), jurisdiction: share(r.jurisdiction) }))) as Role[] : NO_ROLES,
    unresolved: p.unresolved,
  });
}

export class PackedProfiles implements IdCache<CandidateProfile> {
  private readonly hot: LRUCache<number, CandidateProfile>;
  private readonly packed: PackedValues<Packed>;

  /**
   * Up to `hotEntries` profiles as objects; up to `maxIds` in all, packed into at most
   * `maxBytes` (see IdSlices for what goes past either).
   */
  constructor(hotEntries: number, maxIds: number, maxBytes: number) {
    this.packed = new PackedValues(maxIds, maxBytes);
    this.hot = new LRUCache<number, CandidateProfile>({
      max: hotEntries,
      // A profile leaving the objects is packed (once: it stays packed while unchanged).
      dispose: (p, id, reason) => {
        if (reason === 'evict' && !this.packed.has(id)) this.pack(p);
      },
    });
  }

  /** Profiles held, as objects or packed (one held both ways counts twice). */
  get size(): number {
    return this.hot.size + this.packed.size;
  }

  get(id: number): CandidateProfile | undefined {
    const p = this.hot.get(id);
    if (p) return p;
    const row = this.packed.get(id);
    if (!row) return undefined;
    const unpacked = this.unpack(id, row);
    this.hot.set(id, unpacked);
    return unpacked;
  }

  has(id: number): boolean {
    return this.hot.has(id) || this.packed.has(id);
  }

  set(id: number, p: CandidateProfile): this {
    // A changed profile's packed copy is out of date.
    this.packed.delete(id);
    this.hot.set(id, p);
    return this;
  }

  delete(id: number): boolean {
    const inHot = this.hot.delete(id);
    return this.packed.delete(id) || inHot;
  }

  clear(): void {
    if (this.hot.size > 0) this.hot.clear();
    this.packed.clear();
  }

  private pack(p: CandidateProfile): void {
    const roles: string[] = [];
    for (const r of p.roles) roles.push(r.title, r.jurisdiction);
    this.packed.set(p.id, [p.kind, p.name, p.country, p.orgType, p.unresolved ? 1 : 0, p.names, roles]);
  }

  private unpack(id: number, [kind, name, country, orgType, unresolved, names, flat]: Packed): CandidateProfile {
    const roles: Role[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) roles.push({ title: flat[i]!, jurisdiction: flat[i + 1]! });
    return frozenProfile({ id, kind, name, country, orgType, unresolved: unresolved === 1, names, roles });
  }
}
