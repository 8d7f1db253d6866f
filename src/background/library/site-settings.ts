// Per-site preferences: saving is on unless a person turned it off for that site.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { LibrarySchema } from '../db/schema.ts';
import { writeTx, type LibraryDb } from '../db/open-db.ts';

type SettingsStore = IDBPObjectStore<LibrarySchema, StoreNames<LibrarySchema>[], 'settings', 'readonly' | 'readwrite'>;

export function siteKey(site: string): string {
  return site.trim().toLowerCase().replace(/^www\./, '');
}

export async function isSavingOn(store: SettingsStore, site: string): Promise<boolean> {
  const s = await store.get(siteKey(site));
  return s?.saving ?? true;
}

export async function getSiteSettings(db: LibraryDb, site: string): Promise<{ site: string; saving: boolean }> {
  const key = siteKey(site);
  const s = await db.get('settings', key);
  return { site: key, saving: s?.saving ?? true };
}

export async function setSiteSaving(db: LibraryDb, site: string, saving: boolean, now = Date.now()): Promise<{ site: string; saving: boolean }> {
  const key = siteKey(site);
  await writeTx(db, ['settings'], async (tx) => {
    await tx.objectStore('settings').put({ site: key, saving, updatedAt: now });
  });
  return { site: key, saving };
}
