// Bodies named by what they are rather than by a proper name: "the Trump administration",
// "Sheinbaum's administration", "the Mexican government", "Mexico's foreign ministry",
// "the government of Mexico", "Spanish police".
import type { OrgType } from '../../model/extraction.js';
import type { Analysis, Range } from '../analysis.js';
import { surface, tagAt } from '../analysis.js';
import { addMention, claimTokens, resolveEntity } from '../entities.js';
import { isNameLike } from './name-chunks.js';

export function recognizeBodies(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    const owner = ownerAt(a, i);
    if (!owner) continue;
    let j = owner.end;
    if (T[j]?.norm === "'s" || T[j]?.norm === "'") j++;
    // Up to two lower-case qualifiers: "Mexico's own foreign ministry", "the Mexican federal government".
    for (let k = 0; k < 3 && T[j]; k++) {
      const gov = tagAt(a, j, 'govNoun');
      const body = tagAt(a, j, 'bodyNoun');
      if ((gov || body) && T[j]!.shape === 'lower') {
        const end = (body && (!gov || body.end > gov.end) ? body.end : gov!.end);
        addBody(a, owner, { start: owner.start, end }, body && (!gov || body.end > gov.end) ? body.tag.orgType : 'government', surface(a, { start: j, end }));
        i = end - 1;
        break;
      }
      if (T[j]!.shape !== 'lower' || tagAt(a, j, 'verb') || j - owner.end > 3 || ['and', 'or', 'y', 'o'].includes(T[j]!.norm)) break;
      j++;
    }
  }
  governmentOf(a);
  bodyWithDemonym(a);
}

/** "la policía boliviana", "el gobierno mexicano": a body named by a lower-case noun and a
 *  demonym after it, as Spanish orders them. */
function bodyWithDemonym(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i + 1 < T.length; i++) {
    if (T[i]!.shape !== 'lower' || a.mentionAt[i]! >= 0) continue;
    const gov = tagAt(a, i, 'govNoun');
    const body = tagAt(a, i, 'bodyNoun');
    const head = body ?? gov;
    if (!head) continue;
    const d = tagAt(a, head.end, 'demonym');
    if (!d || T[head.end]!.shape !== 'lower') continue;
    const r = { start: i, end: d.end };
    const isGov = !!gov && (!body || gov.end >= body.end);
    if (isGov && /^(autoridades)$/.test(T[i]!.norm)) continue;
    const e = addMention(a, r, 'organization', 'body-demonym', {
      orgType: isGov ? 'government' : body!.tag.orgType, country: d.tag.country,
      key: isGov ? `gov:${d.tag.country}` : `body:${d.tag.country}:${T[i]!.norm}`, name: surface(a, r),
    });
    claimTokens(a, e, r);
    i = r.end - 1;
  }
}

interface Owner extends Range { country: string | null; person: number | null; leader?: string }

/** A place, demonym or person that a body can belong to. */
function ownerAt(a: Analysis, i: number): Owner | null {
  const t = a.tokens[i]!;
  if (t.shape !== 'cap' && t.shape !== 'upper') return null;
  const m = a.mentionAt[i]!;
  if (m >= 0) {
    const mention = a.mentions[m]!;
    if (mention.start !== i) return null;
    const e = resolveEntity(a, mention.entity);
    if (e.kind === 'place') return { start: i, end: mention.end, country: e.country, person: null };
    // A person owns a body only as "Sheinbaum's administration" or "the Trump administration",
    // with nothing between ("Echeverría shared police intelligence" is a clause).
    if (e.kind === 'person') {
      const possessive = /^'s?$/.test(a.tokens[mention.end]?.norm ?? '');
      const the = /^(the|la|el)$/.test(a.tokens[i - 1]?.norm ?? '') && tagAt(a, mention.end, 'govNoun');
      return possessive || the ? { start: i, end: mention.end, country: e.country, person: e.index } : null;
    }
    return null;
  }
  const d = tagAt(a, i, 'demonym');
  if (d) return { start: i, end: d.end, country: d.tag.country, person: null };
  // "the Trump administration": a leader's name nobody typed yet.
  const next = a.tokens[i + 1]?.norm === "'s" ? i + 2 : i + 1;
  if (isNameLike(a, i) && tagAt(a, next, 'govNoun') && a.tokens[next]!.shape === 'lower') {
    return { start: i, end: i + 1, country: null, person: null, leader: t.norm };
  }
  return null;
}

function addBody(a: Analysis, owner: Owner, r: Range, orgType: OrgType, head: string): void {
  // One entity per government: "the Mexican government" and "the government of Mexico" meet;
  // "the Trump administration" and "Trump's administration" meet.
  const isGovernment = /^(administration|government|regime|cabinet|gobierno|administraci[oó]n)$/i.test(head.trim());
  if (/^authorities$/i.test(head.trim()) && owner.person === null) return; // "Mexican authorities" stays a phrase
  const key = isGovernment
    ? owner.person !== null ? `gov:person:${resolveEntity(a, owner.person).index}` : owner.leader ? `gov:leader:${owner.leader}` : `gov:${owner.country}`
    : `body:${owner.country}:${head.toLowerCase()}`;
  const e = addMention(a, r, 'organization', 'body', { orgType, country: owner.country, key, name: surface(a, r) });
  // The body, not its owner, is what the words stand for in a clause ("[Trump's administration] linked").
  claimTokens(a, e, r);
}

/** "the government of Mexico", "el gobierno de México". */
function governmentOf(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i + 2 < T.length; i++) {
    const gov = tagAt(a, i, 'govNoun');
    if (!gov || T[i]!.shape !== 'lower') continue;
    if (!['of', 'de', 'del'].includes(T[gov.end]?.norm ?? '')) continue;
    const owner = ownerAt(a, gov.end + 1);
    if (!owner || owner.person !== null || !owner.country) continue;
    const r = { start: i, end: owner.end };
    addMention(a, r, 'organization', 'government-of', { orgType: 'government', country: owner.country, key: `gov:${owner.country}`, name: surface(a, r) });
  }
}
