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

/** Attaches each figure's article, reading each article once. */
export async function withArticles(db: LibraryDb, figures: StoredFigure[]): Promise<FigureWithArticle[]> {
  const ids = [...new Set(figures.map((f) => f.articleId))];
  const tx = db.transaction('articles');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  const byId = new Map(ids.map((id, i) => [id, summarise(found[i], id)]));
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
