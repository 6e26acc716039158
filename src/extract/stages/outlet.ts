// The outlet: who reports the article, where the text itself says so: a dateline
// ("MEXICO CITY (Reuters) -") or the outlet speaking of its own work ("Reuters could not
// verify", "documents seen by Reuters").
import type { Analysis } from '../analysis.js';
import { resolveEntity } from '../entities.js';

const OWN_WORK = /^(could|was|were|has|had|did|cannot|reviewed|obtained|learned|confirmed|verified|no|pudo|revisó|obtuvo|consultó|confirmó)$/;
const SEEN_BY = /^(seen|reviewed|obtained|consulted|vistos|revisados|obtenidos|consultados|consultadas)$/;

export function findOutlet(a: Analysis): void {
  const T = a.tokens;
  for (let i = 0; i < T.length; i++) {
    const m = a.mentionAt[i]!;
    if (m < 0 || a.mentions[m]!.start !== i) continue;
    const e = resolveEntity(a, a.mentions[m]!.entity);
    if (e.kind !== 'organization' || e.orgType !== 'media') continue;
    const end = a.mentions[m]!.end;
    const dateline = T[i - 1]?.text === '(' && T[end]?.text === ')' && /^[-—–]$/.test(T[end + 1]?.text ?? '');
    const ownWork = OWN_WORK.test(T[end]?.norm ?? '') && /^(not|verify|independently|unable|seen|learned|reviewed|confirm|verificar|confirmar)/.test(T[end + 1]?.norm ?? '');
    const seenBy = /^(by|por)$/.test(T[i - 1]?.norm ?? '') && SEEN_BY.test(T[i - 2]?.norm ?? '');
    if (dateline || ownWork || seenBy) {
      a.outlet = e.index;
      return;
    }
  }
}
