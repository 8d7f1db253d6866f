// Reads a whole store in key order, `size` records at a time, inside the caller's transaction. The next batch is
// asked for before `onBatch` runs, so the database reads batch k+1 while the worker serialises batch k.
import type { IDBPTransaction, StoreNames, StoreValue } from 'idb';
import type { LibrarySchema } from '../db/schema.ts';

type Store = StoreNames<LibrarySchema>;

/**
 * `onBatch` must be synchronous: awaiting anything other than this transaction's requests would let the
 * transaction commit under us (IndexedDB ends a transaction as soon as no request is pending).
 */
export async function readInBatches<N extends Store>(
  tx: IDBPTransaction<LibrarySchema, Store[], IDBTransactionMode>, name: N, size: number,
  onBatch: (records: StoreValue<LibrarySchema, N>[]) => void,
): Promise<void> {
  const store = tx.objectStore(name);
  const keyPath = store.keyPath as string;
  const ask = (after?: IDBValidKey) => {
    const p = store.getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), size);
    p.catch(() => { /* awaited below; an aborted transaction must not also raise an unhandled rejection */ });
    return p;
  };
  let next: ReturnType<typeof ask> | undefined = ask();
  while (next) {
    const batch: StoreValue<LibrarySchema, N>[] = await next;
    next = batch.length === size ? ask((batch[size - 1] as unknown as Record<string, IDBValidKey>)[keyPath]) : undefined;
    onBatch(batch);
  }
}
