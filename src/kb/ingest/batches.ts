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
  /** Documents read and prepared (extracted) at a time. */
  readAhead: number;
}

/**
 * A document changes about 31 index pages (half of them in the by-entity index of mentions, a
 * page per entity named), and each commit writes every page its batch changed. Batches of up to
 * 2 s share those pages among hundreds of documents. Over the 100,000 benchmark documents, side
 * by side with batches of 100 documents or 250 ms: 156 instead of 296 kB written per document,
 * 179.5 instead of 176.1 documents per CPU second and 174.0 instead of 164.3 per second of wall
 * clock (docs/knowledge-base.md). Another writer (an analyst's merge) waits for the open batch,
 * at most about 2 s, within SQLite's 5 s busy timeout.
 */
export const BATCH_LIMITS: BatchLimits = { documents: 1000, ms: 2000, readAhead: 100 };

/**
 * Calls `each` on every item, inside batch transactions of the store. `each` runs a document
 * through `batch.inBatch(…)` (a savepoint) so that a document failing anywhere is undone alone.
 * Items are read a block (`limits.readAhead`) at a time and handed to `prepare` before the first
 * of them is written: ingestion extracts the block's documents there, one after another, which
 * is faster than extracting each between the resolving and writing of the one before (the
 * extractor's code and tables stay in the processor's caches). A block read while a batch is
 * open is prepared with the batch's view of the store.
 */
export async function inBatches<T>(
  store: Store, items: AsyncIterable<T> | Iterable<T>, each: (store: Store, item: T) => Promise<void>,
  limits: BatchLimits = BATCH_LIMITS, prepare?: (store: Store, block: T[]) => Promise<void>,
): Promise<void> {
  const it = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let pending: T[] = [];
  let at = 0;
  // Reading the input can fail (a broken stream) while a batch is open: the batch is then
  // committed with what it wrote so far, and the error thrown after, as when it failed between
  // batches.
  let unread: { error: unknown } | null = null;
  /** Reads and prepares the next block; false when the items are used up or reading failed. */
  const refill = async (view: Store): Promise<boolean> => {
    const block: T[] = [];
    try {
      // A failed input is not read again.
      while (unread === null && block.length < limits.readAhead) {
        const next = await it.next();
        if (next.done) break;
        block.push(next.value);
      }
    } catch (error) {
      unread = { error };
    }
    if (block.length > 0) await prepare?.(view, block);
    pending = block;
    at = 0;
    return block.length > 0;
  };
  /** Ends the run: with the reading error, when there was one. */
  const finish = (): void => {
    if (unread) throw unread.error;
  };
  if (!(await refill(store))) return finish();
  for (;;) {
    const ended = await store.inBatch(async (batch) => {
      const opened = performance.now();
      let written = 0;
      do {
        if (at === pending.length && !(await refill(batch))) return true;
        await each(batch, pending[at++]!);
        written++;
      } while (written < limits.documents && performance.now() - opened < limits.ms);
      return false;
    });
    // The next batch opens only when there is something left to write.
    if (ended || (at === pending.length && !(await refill(store)))) return finish();
  }
}
