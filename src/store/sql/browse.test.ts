// Both stores pass the browsing contract: a SQLite file and a PostgreSQL database made for this run.
import { afterAll, beforeAll, describe } from 'vitest';
import { browseContract } from '../contract/browse.case.js';
import { TempPostgres, TempSqlite } from '../contract/test-stores.js';

describe('sqlite', () => {
  const temp = new TempSqlite();
  afterAll(() => temp.cleanup());
  browseContract({ name: 'sqlite', open: () => temp.open() });
});

describe('postgres', () => {
  const pg = new TempPostgres();
  beforeAll(() => pg.create());
  afterAll(() => pg.drop());
  browseContract({ name: 'postgres', open: () => pg.open() });
});
