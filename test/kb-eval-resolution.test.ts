// The resolution target on the shared dev set, with the gold extractions as input: every
// person named in several documents is one entity, and no entity holds two gold persons
// (César and Javier Duarte, López Obrador and López Beltrán, Álvaro and Mario Uribe…).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempSqlite } from '../src/store/contract/test-stores.js';
import type { Store } from '../src/store/store.js';
import { readGoldDir } from '../bench/kb/gold.js';
import { checkResolution, type ResolutionReport } from '../bench/kb/resolution-check.js';

const DEV = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'dev');

describe.skipIf(!existsSync(DEV))('resolution on ../shared/eval/dev (gold extractions)', () => {
  // Made in beforeAll: a skipped suite's body still runs, and its afterAll does not.
  let temp: TempSqlite;
  let store: Store;
  let report: ResolutionReport;
  beforeAll(async () => {
    temp = new TempSqlite();
    store = await temp.open();
    report = await checkResolution(store, readGoldDir(DEV));
  });
  afterAll(async () => {
    await store.close();
    temp.cleanup();
  });

  it('makes one entity of each person named in several documents', () => {
    expect(report.multiDocument.length).toBeGreaterThanOrEqual(7);
    expect(report.multiDocument.filter((m) => m.entities.length !== 1)).toEqual([]);
  });

  it('never puts two gold persons in one entity', () => {
    expect(report.mixed).toEqual([]);
  });
});
