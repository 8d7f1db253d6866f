// The ONE place that opens the library's IndexedDB. Everything else gets the connection from here.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { CURRENT_VERSION, runMigrations } from './migrations.ts';
import { DB_NAME, type LibrarySchema, type StoreName } from './schema.ts';
import { LibraryError, toLibraryError } from './errors.ts';

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const BLOCKED_MESSAGE =
  'The library is still open in an older version of Soi Số. Close and reopen the browser, then try again.';
export const BLOCKING_MESSAGE =
  'A newer version of Soi Số needs the library, so this one closed it. Reload the extension or the browser.';

/**
 * Opens (and if needed upgrades) the library. `blocked`: another connection holds an older version open, so we
 * fail with a clear reason instead of hanging. `blocking`: we hold up a newer version, so we close at once.
 */
export function openLibraryDb(name = DB_NAME, version = CURRENT_VERSION, onClose?: (reason: string) => void): Promise<LibraryDb> {
  return new Promise<LibraryDb>((resolve, reject) => {
    let gaveUp = false;
    let db: LibraryDb | undefined;
    let migrationError: unknown;
    openDB<LibrarySchema>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        tx.done.catch(() => { /* an aborted upgrade is reported through openDB's rejection */ });
        runMigrations(db, oldVersion, newVersion ?? version, tx).catch((e) => {
          migrationError = e;
          try { tx.abort(); } catch { /* already finished */ }
        });
      },
      blocked() {
        gaveUp = true;
        reject(new LibraryError('blocked', BLOCKED_MESSAGE));
      },
      blocking() {
        db?.close();
        onClose?.(BLOCKING_MESSAGE);
      },
      terminated() {
        onClose?.('The browser closed the library unexpectedly.');
      },
    }).then(
      (opened) => {
        db = opened;
        // The blocked open went through later: nobody waits for it any more, so let it go.
        if (gaveUp) opened.close();
        else resolve(opened);
      },
      (e) => {
        if (migrationError) reject(new LibraryError('internal', `The library could not be upgraded: ${String(migrationError)}`));
        else if ((e as { name?: string })?.name === 'VersionError') reject(new LibraryError('blocked', BLOCKING_MESSAGE));
        else reject(toLibraryError(e));
      },
    );
  });
}

let shared: Promise<LibraryDb> | undefined;
let lastNotice: string | undefined;

/** The worker's connection; reopened on demand, so nothing depends on it surviving a worker restart. */
export function getLibraryDb(): Promise<LibraryDb> {
  if (!shared) {
    const opening = openLibraryDb(DB_NAME, CURRENT_VERSION, (reason) => {
      lastNotice = reason;
      if (shared === opening) shared = undefined;
    });
    shared = opening;
    opening.catch(() => { if (shared === opening) shared = undefined; });
  }
  return shared;
}

/** Why the library was last closed under us, if it was (shown by UIs as a notice). */
export function libraryNotice(): string | undefined {
  return lastNotice;
}

type WriteTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite'>;

/**
 * Runs `work` in ONE readwrite transaction: all of it lands or none of it does. `work` must only await requests
 * of `tx` (awaiting anything else lets the transaction commit early). Quota and other failures become LibraryError.
 */
export async function writeTx<T>(db: LibraryDb, stores: StoreName[], work: (tx: WriteTx) => Promise<T>): Promise<T> {
  // Relaxed durability: committed once the OS has the data, without waiting for a disk flush. A power cut may lose
  // the last save (the page saves again on the next visit); a browser or worker crash loses nothing.
  const tx = db.transaction(stores, 'readwrite', { durability: 'relaxed' }) as WriteTx;
  const done = tx.done;
  done.catch(() => { /* reported below */ });
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (e) {
    try { tx.abort(); } catch { /* already aborted or finished */ }
    throw toLibraryError(e, tx.error);
  }
}
