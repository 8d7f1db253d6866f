import type { CountsResponse } from '../../messages/responses.ts';
import type { LibraryDb } from '../db/open-db.ts';

export async function counts(db: LibraryDb): Promise<CountsResponse> {
  const tx = db.transaction(['articles', 'figures', 'corrections']);
  const figures = tx.objectStore('figures');
  const [articles, all, manual, corrections] = await Promise.all([
    tx.objectStore('articles').count(),
    figures.count(),
    // Manual figures are the ids that start with 'm' (see figure-id.ts): no index needed to count them.
    figures.count(IDBKeyRange.bound('m', 'm\uffff')),
    tx.objectStore('corrections').getAll(),
  ]);
  let sites = 0;
  let cursor = await tx.objectStore('articles').index('site').openKeyCursor(null, 'nextunique');
  while (cursor) { sites++; cursor = await cursor.continue(); }
  return {
    articles,
    figures: all,
    machineFigures: all - manual,
    manualFigures: manual,
    corrected: corrections.filter((c) => Object.keys(c.changes).length > 0).length,
    dismissed: corrections.filter((c) => c.dismissed).length,
    sites,
  };
}
