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
 * Items are read a block (`limits.documents`) at a time and handed to `prepare` before any
 * transaction opens: ingestion extracts the block's documents there, one after another, which
 * is faster than extracting each between the resolving and writing of the one before (the
 * extractor's code and tables stay in the processor's caches).
 */
export async function inBatches<T>(
  store: Store, items: AsyncIterable<T> | Iterable<T>, each: (store: Store, item: T) => Promise<void>,
  limits: BatchLimits = BATCH_LIMITS, prepare?: (store: Store, block: T[]) => Promise<void>,
): Promise<void> {
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  for (;;) {
    const block: T[] = [];
    while (block.length < limits.documents) {
      const next = await it.next();
      if (next.done) break;
      block.push(next.value);
    }
    if (block.length === 0) return;
    await prepare?.(store, block);
    let at = 0;
    while (at < block.length) {
      await store.inBatch(async (batch) => {
        const opened = performance.now();
        do await each(batch, block[at++]!);
        while (at < block.length && performance.now() - opened < limits.ms);
      });
    }
  }
}
