// Compares the facts besides the name, birth date and country, and turns agreement or
// conflict into a bounded adjustment of the name score.

export type FactOutcome = 'agreed' | 'conflicted' | 'unknown';

export interface FactComparison {
  outcome: FactOutcome;
  query: string | null;
  list: readonly string[];
}

/**
 * Birth dates agree when equal at the precision both give (1954 vs 1954-12-25); a year one
 * apart is a soft conflict (lists often give circa years), anything else a conflict.
 */
export function compareBirthDates(query: string | null, list: readonly string[]): FactComparison & { near: boolean } {
  if (!query || list.length === 0) return { outcome: 'unknown', query, list, near: false };
  let near = false;
  for (const d of list) {
    const n = Math.min(d.length, query.length);
    if (d.slice(0, n) === query.slice(0, n)) return { outcome: 'agreed', query, list, near: false };
    if (Math.abs(Number(d.slice(0, 4)) - Number(query.slice(0, 4))) <= 1) near = true;
  }
  return { outcome: 'conflicted', query, list, near };
}

export function compareCountries(query: string | null, list: readonly string[]): FactComparison {
  if (!query || list.length === 0) return { outcome: 'unknown', query, list };
  return { outcome: list.includes(query) ? 'agreed' : 'conflicted', query, list };
}

/** The name score moved by the facts: agreement closes part of the gap to 1, conflict scales down. */
export function adjustScore(score: number, birth: ReturnType<typeof compareBirthDates>, country: FactComparison, kindConflict: boolean): number {
  let s = score;
  if (birth.outcome === 'agreed') s += (1 - s) * 0.3;
  else if (birth.outcome === 'conflicted') s *= birth.near ? 0.92 : 0.75;
  if (country.outcome === 'agreed') s += (1 - s) * 0.1;
  else if (country.outcome === 'conflicted') s *= 0.93;
  if (kindConflict) s *= 0.8;
  return Math.min(1, Math.max(0, s));
}
