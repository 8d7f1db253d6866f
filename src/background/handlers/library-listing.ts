// 'list-figures': the library page reads every figure in pages, each page one short read transaction by key range,
// so the first rows show at once and 100,000 figures arrive in a few messages well under the 64 MiB cap.
// (search answers questions; this only lists. It never scans more than one page of records.)
import type { ArticleSummary } from '../../messages/records.ts';
import type { ListFiguresResponse } from '../../messages/responses.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { summarise } from '../library/article-summary.ts';
import type { HandlerGroup } from './types.ts';

export async function listFigures(db: LibraryDb, after: string | undefined, limit: number): Promise<ListFiguresResponse> {
  const tx = db.transaction(['figures', 'articles']);
  const figuresStore = tx.objectStore('figures');
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  // No count here: counting walks the whole store, and the first page must be quick ('counts' gives the total).
  const page = await figuresStore.getAll(range, limit);
  const ids = [...new Set(page.map((f) => f.articleId))];
  const articles = await Promise.all(ids.map((id) => tx.objectStore('articles').get(id)));
  const summaries: ArticleSummary[] = ids.map((id, i) => summarise(articles[i], id));
  const response: ListFiguresResponse = { figures: page.filter((f) => !f.dismissed), articles: summaries };
  if (page.length === limit) response.next = page[page.length - 1]!.id;
  return response;
}

export const libraryListing: HandlerGroup<'list-figures'> = {
  'list-figures': (r, db) => listFigures(db, r.after, r.limit),
};
