// PostgreSQL passes the same store contract, on the real server, in a database made for this run.
import { afterAll, beforeAll } from 'vitest';
import { storeContract } from '../contract/store.case.js';
import { TempPostgres } from '../contract/test-stores.js';

const pg = new TempPostgres();
beforeAll(() => pg.create());
afterAll(() => pg.drop());

storeContract({ name: 'postgres', open: () => pg.open() });
