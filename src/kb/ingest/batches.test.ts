// inBatches on a real SQLite store: how documents are grouped into transactions and read ahead.
import { afterAll, describe, expect, it } from 'vitest';
import { inBatches, type BatchLimits } from './batches.js';
import { TempSqlite } from '../../store/contract/test-stores.js';
import { hashOf } from '../../store/contract/plans.js';
import type { DocumentPlan } from '../../store/document-plan.js';
import type { Store } from '../../store/store.js';

const temp = new TempSqlite();
afterAll(() => temp.cleanup());

function documentPlan(n: number): DocumentPlan {
  const text = `Report number ${n} of the batch test.`;
  return {
    document: { contentHash: hashOf(text), sourceId: null, url: null, title: `report ${n}`, outlet: null, published: null, language: 'en', format: 'text', text },
    replaces: null, extractorVersion: 'test-1', newEntities: [], indexAdditions: [], docEntities: [],
    allegations: [], responses: [], events: [], candidates: [],
  };
}

interface Run {
  /** Items written, batch by batch. */
  batches: number[][];
  /** Blocks prepared, with whether each was prepared inside an open batch. */
  blocks: { items: number[]; inBatch: boolean }[];
  stored: number;
  /** What inBatches threw, if anything. */
  error?: string;
}

async function ingest(count: number, limits: BatchLimits, items: Iterable<number> = Array.from({ length: count }, (_, i) => i + 1)): Promise<Run> {
  const store = await temp.open();
  const run: Run = { batches: [], blocks: [], stored: 0 };
  let current: Store | null = null;
  // The real store, watched: every batch it opens is recorded.
  const watched: Store = Object.create(store, {
    inBatch: {
      value: <T>(work: (batch: Store) => Promise<T>) => store.inBatch((batch) => {
        current = batch;
        run.batches.push([]);
        return work(batch).finally(() => {
          current = null;
        });
      }),
    },
  });
  try {
    await inBatches(watched, items, async (batch, n) => {
      expect(batch).toBe(current);
      await batch.inBatch((one) => one.saveDocument(documentPlan(n)));
      run.batches.at(-1)!.push(n);
    }, limits, async (view, block) => {
      run.blocks.push({ items: [...block], inBatch: current !== null && view === current });
    }).catch((err: unknown) => {
      run.error = err instanceof Error ? err.message : String(err);
    });
  } finally {
    run.stored = await store.countDocuments();
    await store.close();
  }
  return run;
}

describe('inBatches', () => {
  it('keeps a transaction open across read-ahead blocks up to its document limit', async () => {
    const run = await ingest(250, { documents: 30, ms: 60_000, readAhead: 100 });
    expect(run.batches.map((b) => b.length)).toEqual([30, 30, 30, 30, 30, 30, 30, 30, 10]);
    expect(run.batches.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(run.blocks.map((b) => b.items.length)).toEqual([100, 100, 50]);
    // The first block is prepared before any batch opens; the next ones inside the batch that
    // reaches them, through the batch's view of the store.
    expect(run.blocks.map((b) => b.inBatch)).toEqual([false, true, true]);
    expect(run.stored).toBe(250);
  });

  it('prepares a block outside any batch when a batch ended with the block before', async () => {
    const run = await ingest(30, { documents: 10, ms: 60_000, readAhead: 10 });
    expect(run.batches.map((b) => b.length)).toEqual([10, 10, 10]);
    expect(run.blocks.map((b) => b.inBatch)).toEqual([false, false, false]);
    expect(run.stored).toBe(30);
  });

  it('ends a batch when its time is up', async () => {
    const run = await ingest(5, { documents: 1000, ms: 0, readAhead: 100 });
    expect(run.batches).toEqual([[1], [2], [3], [4], [5]]);
  });

  it('commits what a batch wrote when reading the input fails, then throws the failure', async () => {
    function* failing(): Generator<number> {
      for (let n = 1; n <= 5; n++) yield n;
      throw new Error('the input stream broke');
    }
    const run = await ingest(0, { documents: 10, ms: 60_000, readAhead: 3 }, failing());
    expect(run.error).toBe('the input stream broke');
    expect(run.batches).toEqual([[1, 2, 3, 4, 5]]);
    expect(run.stored).toBe(5);
  });

  it('opens no transaction for no input', async () => {
    const run = await ingest(0, { documents: 10, ms: 1000, readAhead: 10 });
    expect(run).toEqual({ batches: [], blocks: [], stored: 0 });
  });
});
