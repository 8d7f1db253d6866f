// Numbered schema versions. Each step takes the database from version N-1 to N inside the upgrade transaction;
// never edit a released step, add a new one.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from './schema.ts';
import { seriesKeyOf } from '../../messages/series-key.ts';

type UpgradeTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
// Version 1 predates most of today's schema, so steps work on the untyped view where needed.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export type Migration = (db: AnyDb, tx: AnyTx) => Promise<void> | void;

export const MIGRATIONS: Record<number, Migration> = {
  // v1: articles by site, figures by article and indicator, per-site settings.
  1: (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('site', 'site');
    const figures = db.createObjectStore('figures', { keyPath: 'id' });
    figures.createIndex('articleId', 'articleId');
    figures.createIndex('indicator', 'indicator');
    db.createObjectStore('settings', { keyPath: 'site' });
  },
  // v2: series, period and modality indexes for comparisons; corrections kept apart from machine output;
  // existing figures get their seriesKey and origin filled in.
  2: async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('published', 'published');
    articles.createIndex('lastSeen', 'lastSeen');
    const figures = tx.objectStore('figures');
    figures.createIndex('seriesKey', 'seriesKey');
    figures.createIndex('seriesPeriod', ['seriesKey', 'period']);
    figures.createIndex('locality', 'locality');
    figures.createIndex('period', 'period');
    figures.createIndex('modality', 'modality');
    const corrections = db.createObjectStore('corrections', { keyPath: 'figureId' });
    corrections.createIndex('articleId', 'articleId');
    let cursor = await figures.openCursor();
    while (cursor) {
      const f = cursor.value as Record<string, unknown>;
      const updated = {
        ...f,
        seriesKey: seriesKeyOf(f as { indicator?: string; locality?: string }),
        origin: f.origin === 'manual' ? 'manual' : 'machine',
        extractorVersion: typeof f.extractorVersion === 'string' ? f.extractorVersion : '0',
      };
      await cursor.update(updated);
      cursor = await cursor.continue();
    }
  },
};

export const CURRENT_VERSION = Math.max(...Object.keys(MIGRATIONS).map(Number));

export async function runMigrations(db: IDBPDatabase<LibrarySchema>, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration to library version ${v}`);
    await step(db as unknown as AnyDb, tx as unknown as AnyTx);
  }
}
