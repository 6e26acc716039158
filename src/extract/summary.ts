// The `--format text` view of an extraction: what a journalist checks against the article.
// Allegations come first and always with their sources, verification, responses and words.
import type { Entity, Extraction, Span } from '../model/extraction.js';

const MAX_QUOTE = 300;

export function renderSummary(x: Extraction, text: string): string {
  const byId = new Map(x.entities.map((e) => [e.id, e] as const));
  const name = (id: string | null | undefined) => (id ? byId.get(id)?.name ?? id : '?');
  const words = (s: Span) => {
    const q = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    return `"${q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE)}…` : q}"`;
  };
  const out: string[] = [];
  const d = x.document;
  out.push(`${d.title ?? '(untitled)'}`);
  out.push(`language ${d.language} · outlet ${d.outlet ?? 'not stated'} · published ${d.published ?? 'not stated'}`);

  out.push('', `ALLEGATIONS (${x.allegations.length}) - claims, not facts`);
  if (!x.allegations.length) out.push('  none found');
  for (const a of x.allegations) {
    out.push(`  [${a.id}] ${a.category.replace('_', ' ')} - against ${a.subjects.map((s) => describe(byId.get(s))).join('; ')}`);
    const sources = a.sources.map((s) => {
      const who = s.entity ? name(s.entity) : s.description;
      return `${s.kind}${s.count ? ` (${s.count})` : ''}: ${who}`;
    });
    out.push(`      said by:      ${sources.join('; ')}`);
    out.push(`      verification: ${a.verification}`);
    const answers = x.responses.filter((r) => r.allegations.includes(a.id));
    out.push(`      response:     ${answers.length ? answers.map((r) => `${name(r.by)} ${r.stance.replace('_', ' ')}`).join('; ') : 'none reported'}`);
    out.push(`      words:        ${words(a.span)}`);
  }

  out.push('', `RESPONSES (${x.responses.length})`);
  if (!x.responses.length) out.push('  none found');
  for (const r of x.responses) {
    const to = r.allegations.length ? ` (to ${r.allegations.join(', ')})` : '';
    out.push(`  [${r.id}] ${name(r.by)} ${r.stance.replace('_', ' ')}${to}: ${words(r.span)}`);
  }

  out.push('', `EVENTS (${x.events.length})`);
  if (!x.events.length) out.push('  none found');
  for (const v of x.events) {
    const who = v.actors.length ? v.actors.map(name).join(', ') : '?';
    const whom = v.targets.length ? ` -> ${v.targets.map(name).join(', ')}` : '';
    const extras = [v.count != null ? `count ${v.count}` : '', v.date ? `date ${v.date}` : '', v.place ? `in ${name(v.place)}` : '']
      .filter(Boolean).join(', ');
    out.push(`  [${v.id}] ${v.kind}: ${who}${whom}${extras ? ` (${extras})` : ''}: ${words(v.span)}`);
  }

  const people = x.entities.filter((e) => e.kind === 'person');
  out.push('', `PEOPLE (${people.length})`);
  for (const p of people) {
    const parties = p.parties.map(name);
    const aka = p.aliases.length ? `; also "${p.aliases.join('", "')}"` : '';
    out.push(`  ${describe(p)}${parties.length ? `, party ${parties.join(', ')}` : ''}${aka}`);
  }
  for (const [kind, label] of [['organization', 'ORGANIZATIONS'], ['group', 'GROUPS'], ['place', 'PLACES']] as const) {
    const list = x.entities.filter((e) => e.kind === kind);
    if (!list.length) continue;
    out.push('', `${label} (${list.length})`);
    out.push(`  ${list.map((e) => `${e.name}${e.orgType ? ` [${e.orgType.replace('_', ' ')}]` : ''}${e.count != null ? ` [${e.count}]` : ''}`).join('; ')}`);
  }
  return out.join('\n');
}

function describe(e: Entity | undefined): string {
  if (!e) return '?';
  const roles = e.positions.map((p) => `${p.status === 'former' ? 'former ' : ''}${p.title}${p.jurisdiction ? ` of ${p.jurisdiction}` : ''}`);
  return roles.length ? `${e.name} (${roles.join(', ')})` : e.name;
}
