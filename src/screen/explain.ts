// Turns a score's token-level detail into the sentence an analyst reads: which name parts
// agreed (and how), which differed or were missing, and what birth date and country said.
import type { QueryToken, RoleCode, ScoreDetail } from '../names/score.js';
import type { FactComparison } from './attributes.js';

const ROLE_NAMES: Record<RoleCode, string> = { 0: '', 1: 'given name', 2: 'middle name', 3: 'first surname', 4: 'second surname' };

const HOW: Record<string, string> = { exact: '', nickname: 'as a nickname', phonetic: 'by sound', spelling: 'by spelling', initial: 'as an initial' };

export interface ExplanationInput {
  query: QueryToken[];
  detail: ScoreDetail;
  tokens: string[];
  roles: RoleCode[];
  /** The list name that matched, when it is an alias rather than the entry's main name. */
  alias: string | null;
  birth: FactComparison;
  country: FactComparison;
  kindConflict: string | null;
}

function part(token: string, role: RoleCode): string {
  return ROLE_NAMES[role] ? `${token} (${ROLE_NAMES[role]})` : token;
}

export function explain(x: ExplanationInput): string {
  const out: string[] = [];
  if (x.alias) out.push(`matched alias "${x.alias}"`);
  const agreed: string[] = [];
  const close: string[] = [];
  for (const p of [...x.detail.pairs].sort((a, b) => a.query - b.query)) {
    const c = part(x.tokens[p.position]!, x.roles[p.position]!);
    const q = x.query[p.query]!.forms.text;
    if (p.agreement === 'exact') agreed.push(c);
    else close.push(`${q} ~ ${c} ${HOW[p.agreement]}`.trim());
  }
  if (agreed.length) out.push(`agreed: ${agreed.join(', ')}`);
  if (close.length) out.push(`close: ${close.join(', ')}`);
  const queryOnly = x.detail.queryOnly.map((i) => x.query[i]!.forms.text);
  const listOnly = x.detail.listOnly.map((k) => part(x.tokens[k]!, x.roles[k]!));
  if (queryOnly.length && listOnly.length) out.push(`differed: ${queryOnly.join(' ')} vs ${listOnly.join(', ')}`);
  else if (listOnly.length) out.push(`missing from query: ${listOnly.join(', ')}`);
  else if (queryOnly.length) out.push(`not in list name: ${queryOnly.join(', ')}`);
  out.push(fact('birth date', x.birth));
  out.push(fact('country', x.country));
  if (x.kindConflict) out.push(x.kindConflict);
  return out.join('; ');
}

function fact(label: string, f: FactComparison): string {
  const list = f.list.join('/');
  if (f.outcome === 'agreed') return `${label} agreed (${f.query})`;
  if (f.outcome === 'conflicted') return `${label} conflicted (query ${f.query}, list ${list})`;
  if (!f.query) return `${label} not given`;
  return `${label} not on list`;
}
