// Inserts the store repeats for every document, built by Kysely once per shape (statement,
// columns, number of rows) and afterwards run with the rows' values alone. Building a query
// (operation nodes, value parsing, compiling) cost more than SQLite took to run one document's
// small inserts. The first build of a shape checks that its parameters are the rows' values,
// row by row and column by column in the order given here; a shape where they are not (a value
// Kysely would turn into SQL) is built afresh every time.
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { SqlDialect } from './dialect.js';

/** Statement texts kept per process; past that they are built again (and kept anew). */
export const KEPT_SHAPES = 2_000;

const shapes = new Map<string, string | null>();

/**
 * Runs the insert `build` makes for `rows` (all with the same keys), reusing the SQL text of an
 * earlier insert of the same shape. `name` tells the statements apart (one per call site).
 */
export async function insertCompiled<R extends Record<string, unknown>, O>(
  db: { executeQuery<T>(query: CompiledQuery<T>): Promise<QueryResult<T>> }, dialect: SqlDialect, name: string, rows: R[], build: (rows: R[]) => Compilable<O>,
): Promise<O[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const params = valuesOf(rows, columns);
  const key = `${dialect.name}\u0000${name}\u0000${rows.length}\u0000${columns.join('\u0000')}`;
  const text = params ? shapes.get(key) : null;
  if (text) return (await db.executeQuery<O>(CompiledQuery.raw(text, params!))).rows;
  const compiled = build(rows).compile();
  if (params && text === undefined) {
    if (shapes.size >= KEPT_SHAPES) shapes.clear();
    shapes.set(key, sameValues(compiled.parameters, params) ? compiled.sql : null);
  }
  return (await db.executeQuery(compiled)).rows;
}

/** The rows' values row by row, or null when a row's keys differ from the first's or one is undefined. */
function valuesOf(rows: Record<string, unknown>[], columns: string[]): unknown[] | null {
  const out: unknown[] = [];
  for (const r of rows) {
    if (Object.keys(r).length !== columns.length) return null;
    for (const c of columns) {
      const v = r[c];
      if (v === undefined) return null;
      out.push(v);
    }
  }
  return out;
}

function sameValues(a: readonly unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
