// The table (reading) view of a dossier: who it is, what was reported about them and by whom,
// what they answered, and where every line comes from (document id and the words).
import type { Dossier } from '../kb/dossier.js';
import type { ResolvedSource } from '../store/records.js';

const MAX_QUOTE = 200;

function quote(q: string): string {
  const s = q.replace(/\s+/g, ' ').trim();
  return `"${s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE)}…` : s}"`;
}

function source(s: ResolvedSource): string {
  const who = s.entity ? `${s.entity.name} [${s.entity.id}]` : s.description;
  return `${s.kind}${s.count ? ` (${s.count})` : ''}: ${who}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function when(first: string | null, last: string | null): string {
  if (!first) return '';
  return first === last || !last ? `reported ${first}` : `reported ${first} to ${last}`;
}

/**
 * Said of an entity that holds the undecided mentions of a name (resolution's holder): its
 * reports may be about any of the people that name fits, so nothing in it is about one person.
 */
export const UNDECIDED_NOTE = 'UNDECIDED: reports of a name that fits several known people, kept together until an analyst decides; '
  + 'they may concern any of them (see POSSIBLY THE SAME AS)';

/** Said of a person known by one name alone (see Dossier.surnameOnly). */
export const SURNAME_ONLY_NOTE = 'SURNAME ONLY: known by one name alone; its reports may concern different people of that name';

export function renderDossier(d: Dossier): string {
  const out: string[] = [];
  out.push(`${d.name}  [${d.id}] ${d.kind}${d.orgType ? ` (${d.orgType.replace(/_/g, ' ')})` : ''}${d.country ? ` · ${d.country}` : ''} · ${plural(d.documentCount, 'document')}`);
  // A lone surname's entity is a holder too (resolve-document.ts): the surname note says why.
  if (d.surnameOnly) out.push(SURNAME_ONLY_NOTE);
  else if (d.origin === 'undecided') out.push(UNDECIDED_NOTE);
  if (d.aliases.length) out.push(`also: ${d.aliases.join('; ')}`);
  if (d.mergedFrom.length) out.push(`merged from: ${d.mergedFrom.join(', ')}`);

  if (d.positions.length) {
    out.push('', 'POSITIONS');
    for (const p of d.positions) {
      out.push(`  ${p.status === 'former' ? 'former ' : ''}${p.title}${p.jurisdiction ? ` of ${p.jurisdiction}` : ''} (${when(p.firstReported, p.lastReported)}; ${plural(p.reports, 'report')}; latest doc ${p.latest.documentId})`);
    }
  }
  if (d.parties.length) {
    out.push('', 'PARTIES');
    for (const p of d.parties) out.push(`  ${p.party.name} [${p.party.id}] (${when(p.firstReported, p.lastReported)}; ${plural(p.reports, 'report')})`);
  }

  out.push('', `ALLEGATION THREADS (${d.threads.length}) - claims, not facts`);
  if (!d.threads.length) out.push('  none reported');
  for (const t of d.threads) {
    out.push(`  ${t.category.replace(/_/g, ' ')}: ${plural(t.reportCount, 'report')} in ${plural(t.documentCount, 'document')}, ${when(t.firstReported, t.lastReported)}`);
    for (const r of t.reports) {
      out.push(`    doc ${r.documentId} ${r.document.published ?? r.document.ingestedAt.slice(0, 10)}${r.document.outlet ? ` ${r.document.outlet}` : ''} · ${r.verification}`);
      out.push(`      said by: ${r.sources.map(source).join('; ')}`);
      out.push(`      words:   ${quote(r.quote)}`);
    }
    if (t.reportCount > t.reports.length) out.push(`    … ${t.reportCount - t.reports.length} earlier reports (dossier show --limit N)`);
    if (t.responses.length) {
      out.push('    responses:');
      for (const r of t.responses) {
        out.push(`      ${r.by.name} ${r.stance.replace(/_/g, ' ')} (doc ${r.documentId}, ${r.document.published ?? r.document.ingestedAt.slice(0, 10)}): ${quote(r.quote)}`);
      }
    } else out.push('    responses: none reported');
  }

  if (d.events.length) {
    out.push('', 'EVENTS');
    for (const e of d.events) {
      const who = e.actors.map((a) => a.name).join(', ');
      const whom = e.targets.map((a) => a.name).join(', ');
      out.push(`  ${e.date ?? e.document.published ?? ''} ${e.kind}${who ? ` by ${who}` : ''}${whom ? ` -> ${whom}` : ''}${e.place ? ` in ${e.place.name}` : ''} (doc ${e.documentId}): ${quote(e.quote)}`);
    }
  }
  if (d.coMentioned.length) {
    out.push('', 'NAMED WITH');
    out.push(`  ${d.coMentioned.map((c) => `${c.name} [${c.id}] (${c.documents})`).join('; ')}`);
  }
  out.push('', `DOCUMENTS (${d.documentCount})`);
  for (const doc of d.documents) out.push(`  ${doc.documentId}  ${doc.published ?? doc.ingestedAt.slice(0, 10)}  ${doc.outlet ?? ''}  ${doc.title ?? '(untitled)'}`);
  if (d.mergeCandidates.length) {
    out.push('', 'POSSIBLY THE SAME AS (merge with: dossier merge A B)');
    for (const c of d.mergeCandidates) {
      const other = c.entity.id === d.id ? c.candidate : c.entity;
      out.push(`  ${other.name} [${other.id}] - ${c.reason}`);
    }
  }
  return out.join('\n');
}
