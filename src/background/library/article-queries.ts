// The figures of one article, and how they compare with the rest of the library.
import type { ArticleComparison, StoredArticle, StoredFigure } from '../../messages/records.ts';
import { tryNormaliseUrl } from '../../shared/url-normalise.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { LibraryError } from '../db/errors.ts';
import { conflicting } from '../../compare/conflict-rule.ts';
import { getManySeries } from './series.ts';
import { hasIndicator } from '../../messages/series-key.ts';

export function articleIdOf(url: string): string {
  const id = tryNormaliseUrl(url);
  if (!id) throw new LibraryError('invalid', `Not a web page address: ${url.slice(0, 200)}`);
  return id;
}

/** The article and all its figures (dismissed ones included and flagged), in reading order. */
export async function getArticle(db: LibraryDb, url: string): Promise<{ article: StoredArticle; figures: StoredFigure[] } | null> {
  const id = articleIdOf(url);
  const tx = db.transaction(['articles', 'figures']);
  const [article, figures] = await Promise.all([
    tx.objectStore('articles').get(id),
    tx.objectStore('figures').index('articleId').getAll(id),
  ]);
  if (!article) return null;
  return { article, figures: inReadingOrder(figures) };
}

/** Figures as the article reads (ties in the order of their ids, as the store lists them). */
export function inReadingOrder(figures: StoredFigure[]): StoredFigure[] {
  return figures.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).sort((a, b) => a.start - b.start || a.end - b.end);
}

export async function compareFigures(db: LibraryDb, url: string): Promise<ArticleComparison | null> {
  const found = await getArticle(db, url);
  if (!found) return null;
  const { article, figures } = found;
  const keys = [...new Set(figures.filter((f) => hasIndicator(f.seriesKey)).map((f) => f.seriesKey))];
  const series = await getManySeries(db, keys);
  return {
    article,
    figures: figures.map((figure) => {
      const others = (series.get(figure.seriesKey) ?? []).filter((e) => e.figure.articleId !== article.id);
      return {
        figure,
        history: others,
        conflicts: figure.dismissed ? [] : others.filter((e) => conflicting(figure, e.figure)),
      };
    }),
  };
}
