// Dates of events: ISO where the text gives a year ("in July 2020" → 2020-07, "Oct. 8, 2019" →
// 2019-10-08), else the words themselves ("Thursday", "last year"), as the spec asks.
import type { Analysis, Range } from '../analysis.js';
import { surface, tagAt } from '../analysis.js';

const YEAR = /^(19|20)\d{2}$/;

export interface DateFound { value: string; start: number; end: number }

/** The date expression in [from, to) nearest to token `near`. */
export function dateIn(a: Analysis, r: Range, near: number): DateFound | null {
  let best: DateFound | null = null;
  for (let i = r.start; i < r.end; i++) {
    const d = dateAt(a, i);
    if (!d) continue;
    // "informó el miércoles la Fiscalía", "officials said on Friday": when it was told, not done.
    if (reportDate(a, d)) { i = d.end - 1; continue; }
    if (!best || Math.abs(d.start - near) < Math.abs(best.start - near)) best = d;
    i = d.end - 1;
  }
  return best;
}

function dateAt(a: Analysis, i: number): DateFound | null {
  const T = a.tokens;
  const month = tagAt(a, i, 'month');
  // "May" as a month needs a day, a year or "in" before it.
  if (month && !(T[i]!.norm === 'may' && !YEAR.test(T[month.end]?.text ?? '') && T[i - 1]?.norm !== 'in')) {
    const m = String(month.tag.month).padStart(2, '0');
    let k = month.end;
    let day: string | null = null;
    if (T[k]?.shape === 'num' && /^\d{1,2}$/.test(T[k]!.text)) { day = T[k]!.text.padStart(2, '0'); k++; if (T[k]?.text === ',') k++; }
    if (T[k] && YEAR.test(T[k]!.text)) return { value: day ? `${T[k]!.text}-${m}-${day}` : `${T[k]!.text}-${m}`, start: i, end: k + 1 };
    // Spanish: "4 de agosto de 2020" is handled by the day-first branch below.
    return { value: surface(a, { start: i, end: day ? k : month.end }), start: i, end: day ? k : month.end };
  }
  // "4 de agosto (de 2020)"
  if (T[i]!.shape === 'num' && /^\d{1,2}$/.test(T[i]!.text) && T[i + 1]?.norm === 'de' && tagAt(a, i + 2, 'month')) {
    const mm = String(tagAt(a, i + 2, 'month')!.tag.month).padStart(2, '0');
    const dd = T[i]!.text.padStart(2, '0');
    if (T[i + 3]?.norm === 'de' && YEAR.test(T[i + 4]?.text ?? '')) return { value: `${T[i + 4]!.text}-${mm}-${dd}`, start: i, end: i + 5 };
    return { value: surface(a, { start: i, end: i + 3 }), start: i, end: i + 3 };
  }
  const rel = tagAt(a, i, 'relativeDate');
  if (rel) return { value: surface(a, { start: i, end: rel.end }), start: i, end: rel.end };
  if (tagAt(a, i, 'weekday')) return { value: T[i]!.text, start: i, end: i + 1 };
  if (YEAR.test(T[i]!.text) && /^(in|since|during|by|en|desde|de)$/.test(T[i - 1]?.norm ?? '')) return { value: T[i]!.text, start: i, end: i + 1 };
  return null;
}

function reportDate(a: Analysis, d: DateFound): boolean {
  const T = a.tokens;
  for (let k = d.start - 1; k >= Math.max(0, d.start - 3); k--) {
    if (tagAt(a, k, 'verb') && T[k]!.shape === 'lower') return true;
    if (!/^(on|el|este|esta|the|last|this|in)$/.test(T[k]!.norm)) break;
  }
  return false;
}
