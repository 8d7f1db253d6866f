import type { ArticleSummary, FigureWithArticle, StoredArticle, StoredFigure } from '../../messages/records.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { modalityRank, periodSortKey } from './period.ts';

export function summarise(a: StoredArticle | undefined, id: string): ArticleSummary {
  if (!a) return { id, url: id, site: '' };
  const s: ArticleSummary = { id: a.id, url: a.url, site: a.site };
  if (a.headline !== undefined) s.headline = a.headline;
  if (a.published !== undefined) s.published = a.published;
  return s;
}

// Past this many articles one getAll of the store beats a get per article.
const READ_ALL_ABOVE = 150;

/** The articles with these ids, read in one transaction. */
export async function articlesById(db: LibraryDb, ids: Iterable<string>): Promise<Map<string, ArticleSummary>> {
  const wanted = [...new Set(ids)];
  const tx = db.transaction('articles');
  const found = wanted.length > READ_ALL_ABOVE
    ? new Map((await tx.store.getAll()).map((a) => [a.id, a]))
    : new Map((await Promise.all(wanted.map((id) => tx.store.get(id)))).map((a, i) => [wanted[i]!, a]));
  return new Map(wanted.map((id) => [id, summarise(found.get(id), id)]));
}

/** Attaches each figure's article, reading each article once. */
export async function withArticles(db: LibraryDb, figures: StoredFigure[]): Promise<FigureWithArticle[]> {
  const byId = await articlesById(db, figures.map((f) => f.articleId));
  return figures.map((figure) => ({ figure, article: byId.get(figure.articleId)! }));
}

/** Chronological: period, then actual/estimate/target, then publication date, then article and position. */
export function byPeriod(a: FigureWithArticle, b: FigureWithArticle): number {
  return periodSortKey(a.figure.period) - periodSortKey(b.figure.period)
    || modalityRank(a.figure.modality) - modalityRank(b.figure.modality)
    || cmp(a.article.published ?? '', b.article.published ?? '')
    || cmp(a.figure.articleId, b.figure.articleId)
    || a.figure.start - b.figure.start;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
