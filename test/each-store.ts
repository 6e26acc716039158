// Runs a cross-module test suite against both real stores: a SQLite file in a temp dir and a
// PostgreSQL database made for this run (dropped afterwards).
import { afterAll, beforeAll, describe } from 'vitest';
import { TempPostgres, TempSqlite } from '../src/store/contract/test-stores.js';
import type { Store } from '../src/store/store.js';

export function describeEachStore(title: string, suite: (open: () => Promise<Store>) => void): void {
  describe(`${title} (sqlite)`, () => {
    const temp = new TempSqlite();
    afterAll(() => temp.cleanup());
    suite(() => temp.open());
  });
  describe(`${title} (postgres)`, () => {
    const pg = new TempPostgres();
    beforeAll(() => pg.create());
    afterAll(() => pg.drop());
    suite(() => pg.open());
  });
}
