import type { ArticleSummary, FigureWithArticle, StoredArticle, StoredFigure } from '../../messages/records.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { comparePeriods } from '../../compare/period.ts';
import { modalityRank } from './modality-rank.ts';

export function summarise(a: StoredArticle | undefined, id: string): ArticleSummary {
  if (!a) return { id, url: id, site: '' };
  const s: ArticleSummary = { id: a.id, url: a.url, site: a.site };
  if (a.headline !== undefined) s.headline = a.headline;
  if (a.published !== undefined) s.published = a.published;
  return s;
}

// Past this many articles one getAll of the store beats a get per article.
const READ_ALL_ABOVE = 150;
const CACHE_LIMIT = 50_000;

// Article summaries change only through our own writes, so the worker keeps a cache of them (a copy of stored data,
// never the only copy: losing it with the worker costs one read). Every write that touches articles goes through
// writingArticles(), which drops the affected entries before and after the write and bumps a generation; a read
// that overlapped any write does not fill the cache.
interface SummaryCache { generation: number; entries: Map<string, ArticleSummary> }
const caches = new WeakMap<LibraryDb, SummaryCache>();
function cacheOf(db: LibraryDb): SummaryCache {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = { generation: 0, entries: new Map() }));
  return c;
}
function forget(db: LibraryDb, ids: readonly string[] | 'all'): void {
  const c = cacheOf(db);
  c.generation++;
  if (ids === 'all') c.entries.clear();
  else for (const id of ids) c.entries.delete(id);
}

/** Runs a write that changes these articles (or all of them), keeping the summary cache honest. */
export async function writingArticles<T>(db: LibraryDb, ids: readonly string[] | 'all', write: () => Promise<T>): Promise<T> {
  forget(db, ids);
  try {
    return await write();
  } finally {
    forget(db, ids);
  }
}

/** The articles with these ids, read in one transaction (or from the cache). */
export async function articlesById(db: LibraryDb, ids: Iterable<string>): Promise<Map<string, ArticleSummary>> {
  const wanted = [...new Set(ids)];
  const cache = cacheOf(db);
  const generation = cache.generation;
  const missing = wanted.filter((id) => !cache.entries.has(id));
  const read = new Map<string, ArticleSummary>();
  if (missing.length) {
    const tx = db.transaction('articles');
    const found = missing.length > READ_ALL_ABOVE
      ? new Map((await tx.store.getAll()).map((a) => [a.id, a]))
      : new Map((await Promise.all(missing.map((id) => tx.store.get(id)))).map((a, i) => [missing[i]!, a]));
    const fill = cache.generation === generation;
    if (fill && cache.entries.size + found.size > CACHE_LIMIT) cache.entries.clear();
    for (const [id, a] of found) {
      if (!a) continue;
      const summary = summarise(a, id);
      read.set(id, summary);
      if (fill) cache.entries.set(id, summary);
    }
  }
  return new Map(wanted.map((id) => [id, read.get(id) ?? cache.entries.get(id) ?? summarise(undefined, id)]));
}

/** Attaches each figure's article, reading each article once. */
export async function withArticles(db: LibraryDb, figures: StoredFigure[]): Promise<FigureWithArticle[]> {
  const byId = await articlesById(db, figures.map((f) => f.articleId));
  return figures.map((figure) => ({ figure, article: byId.get(figure.articleId)! }));
}

/** Chronological: period, then actual/estimate/target, then publication date, then article and position. */
export function byPeriod(a: FigureWithArticle, b: FigureWithArticle): number {
  return comparePeriods(a.figure.period, b.figure.period)
    || modalityRank(a.figure.modality) - modalityRank(b.figure.modality)
    || cmp(a.article.published ?? '', b.article.published ?? '')
    || cmp(a.figure.articleId, b.figure.articleId)
    || a.figure.start - b.figure.start;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
