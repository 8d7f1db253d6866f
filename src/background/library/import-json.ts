// Import: the whole file is validated first, then written in ONE transaction (all or nothing). Records are put by
// key, so importing the same file twice changes nothing; an article already in the library keeps the earliest
// firstSeen and the latest lastSeen.
import type { LibraryFile } from '../../messages/library-file.ts';
import type { ImportResponse } from '../../messages/responses.ts';
import { writeTx, type LibraryDb } from '../db/open-db.ts';
import { batch } from '../db/batch.ts';
import { writingArticles } from './article-summary.ts';
import { parseLibraryFile } from './library-file-reader.ts';

export async function importJson(db: LibraryDb, text: string): Promise<ImportResponse> {
  return importFile(db, parseLibraryFile(text));
}

/** Writes a checked file (see library-file-reader.ts) in one transaction. */
export async function importFile(db: LibraryDb, file: LibraryFile): Promise<ImportResponse> {
  await writingArticles(db, 'all', () => writeTx(db, ['articles', 'figures', 'corrections', 'settings'], async (tx) => {
    const articles = tx.objectStore('articles');
    const existing = await Promise.all(file.articles.map((a) => articles.get(a.id)));
    await batch<unknown>([
      ...file.articles.map((a, i) => () => {
        const old = existing[i];
        return articles.put(old ? { ...a, firstSeen: Math.min(a.firstSeen, old.firstSeen), lastSeen: Math.max(a.lastSeen, old.lastSeen) } : a);
      }),
      ...file.figures.map((f) => () => tx.objectStore('figures').put(f as never)),
      ...file.corrections.map((c) => () => tx.objectStore('corrections').put(c as never)),
      ...file.settings.map((s) => () => tx.objectStore('settings').put(s)),
    ]);
  }));
  return { articles: file.articles.length, figures: file.figures.length, corrections: file.corrections.length, settings: file.settings.length };
}

/** Empties the whole library (articles, figures, corrections and site settings) in one transaction. */
export async function clearAll(db: LibraryDb): Promise<{ cleared: true }> {
  await writingArticles(db, 'all', () => writeTx(db, ['articles', 'figures', 'corrections', 'settings'], async (tx) => {
    await Promise.all([
      tx.objectStore('articles').clear(), tx.objectStore('figures').clear(),
      tx.objectStore('corrections').clear(), tx.objectStore('settings').clear(),
    ]);
  }));
  return { cleared: true };
}
