// SQLite passes the store contract on a real database file, and keeps its data across reopening.
import { afterAll, describe, expect, it } from 'vitest';
import { storeContract } from '../contract/store.case.js';
import { TempSqlite } from '../contract/test-stores.js';
import { planA } from '../contract/plans.js';

const temp = new TempSqlite();
afterAll(() => temp.cleanup());

storeContract({ name: 'sqlite', open: () => temp.open() });

describe('SQLite file', () => {
  it('migrates once and reopens with its data', async () => {
    const path = temp.nextPath();
    const first = await temp.open(path);
    const saved = await first.saveDocument(planA());
    await first.close();
    const again = await temp.open(path);
    expect((await again.getDocument(saved.documentId))?.title).toBe('Governor accused of cartel bribes');
    await again.close();
  });
});
