// Queries the store repeats for every document, built by Kysely once per shape (call site and
// number of parameters) and afterwards run with their parameters alone. Building a query
// (operation nodes, value parsing, compiling) cost more than SQLite took to run one document's
// small inserts and lookups. The first build of a shape checks that its parameters are exactly
// the values given here, in that order; a shape where they are not (a value Kysely would turn
// into SQL) is built afresh every time.
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { SqlDialect } from './dialect.js';

/** Statement texts kept per process; past that they are built again (and kept anew). */
export const KEPT_SHAPES = 2_000;

const shapes = new Map<string, string | null>();

interface Executor {
  executeQuery<T>(query: CompiledQuery<T>): Promise<QueryResult<T>>;
}

/**
 * Runs the query `build` makes, whose parameters are `params` in order (an `in` list, a limit),
 * reusing the SQL text of an earlier call of the same `name` with as many parameters.
 */
export async function runCompiled<O>(db: Executor, dialect: SqlDialect, name: string, params: readonly unknown[], build: () => Compilable<O>): Promise<O[]> {
  const key = `${dialect.name}\u0000${name}\u0000${params.length}`;
  const text = shapes.get(key);
  if (text) return (await db.executeQuery<O>(CompiledQuery.raw(text, [...params]))).rows;
  const compiled = build().compile();
  if (text === undefined) {
    if (shapes.size >= KEPT_SHAPES) shapes.clear();
    shapes.set(key, sameValues(compiled.parameters, params) ? compiled.sql : null);
  }
  return (await db.executeQuery(compiled)).rows;
}

/**
 * Runs the insert `build` makes for `rows` (all with the same keys, as built at one call site),
 * reusing the SQL text of an earlier insert of as many rows with the same columns.
 */
export async function insertCompiled<R extends Record<string, unknown>, O>(
  db: Executor, dialect: SqlDialect, name: string, rows: R[], build: (rows: R[]) => Compilable<O>,
): Promise<O[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const params = valuesOf(rows, columns);
  // Rows that differ in their keys, or with an undefined value (a default), are built as they are.
  if (!params) return (await db.executeQuery(build(rows).compile())).rows;
  return runCompiled(db, dialect, `${name}\u0000${columns.join('\u0000')}`, params, () => build(rows));
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

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
