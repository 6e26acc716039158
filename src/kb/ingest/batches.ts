// Ingestion commits documents in batches: one transaction per batch, a savepoint per document
// (Store.inBatch). Committing costs more than writing one document's rows, and index pages that
// many documents touch are written once per batch instead of once per document. A document that
// fails is still skipped whole; a crash loses at most the open batch, which the next run of the
// same input stores again (documents are identified by their content).
import type { Store } from '../../store/store.js';

export interface BatchLimits {
  /** Documents per transaction at most. */
  documents: number;
  /** Milliseconds a transaction stays open at most (other writers wait for it). */
  ms: number;
}

export const BATCH_LIMITS: BatchLimits = { documents: 100, ms: 250 };

/**
 * Calls `each` on every item, inside batch transactions of the store. `each` runs a document
 * through `batch.inBatch(…)` (a savepoint) so that a document failing anywhere is undone alone.
 */
export async function inBatches<T>(
  store: Store, items: AsyncIterable<T> | Iterable<T>, each: (store: Store, item: T) => Promise<void>, limits: BatchLimits = BATCH_LIMITS,
): Promise<void> {
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let done = false;
  while (!done) {
    await store.inBatch(async (batch) => {
      const opened = performance.now();
      for (let n = 0; n < limits.documents && performance.now() - opened < limits.ms; n++) {
        const next = await it.next();
        if (next.done) {
          done = true;
          return;
        }
        await each(batch, next.value);
      }
    });
  }
}
