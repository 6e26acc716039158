// Renders screening results as JSON Lines (one object per query, the wire shape), CSV (one
// row per match, a row with empty match columns for a query without one) or a table to read.
import type { ScreenResult } from './screen.js';

export type ScreenFormat = 'jsonl' | 'csv' | 'table';

export const CSV_HEADER = ['query_id', 'query', 'list', 'id', 'name', 'score', 'explanation'] as const;

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLines(result: ScreenResult): string[] {
  if (result.matches.length === 0) return [[result.id, result.query, '', '', '', '', ''].map(csvField).join(',')];
  return result.matches.map((m) => [result.id, result.query, m.list, m.id, m.name, m.score.toFixed(3), m.explanation].map(csvField).join(','));
}

export function tableLines(result: ScreenResult): string[] {
  const head = `${result.id}  ${result.query}`;
  if (result.matches.length === 0) return [head, '    no match', ''];
  const out = [head];
  for (const m of result.matches) {
    out.push(`    ${m.score.toFixed(3)}  ${m.list}:${m.id}  ${m.name}`);
    out.push(`           ${m.explanation}`);
  }
  out.push('');
  return out;
}

/** Lines for one result in the chosen format (the CSV header is the caller's). */
export function formatResult(result: ScreenResult, format: ScreenFormat): string[] {
  if (format === 'jsonl') return [JSON.stringify(result)];
  return format === 'csv' ? csvLines(result) : tableLines(result);
}
