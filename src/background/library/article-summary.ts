import type { ArticleSummary, FigureWithArticle, StoredArticle, StoredFigure } from '../../messages/records.ts';
import type { LibraryDb } from '../db/open-db.ts';
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { LibrarySchema } from '../db/schema.ts';
import { comparePeriods, parsePeriod } from '../../compare/period.ts';
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
// A query that had to get this many articles one by one (~60 µs each in Chromium, against ~10 µs each in a getAll)
// is usually one of a run (the library page going through series): the rest of the store is read once, after the
// answer, so the next queries find their articles cached. A save misses one article, and does not start this.
const FILL_ALL_FROM = 8;

// Article summaries change only through our own writes, so the worker keeps a cache of them (a copy of stored data,
// never the only copy: losing it with the worker costs one read). Every write that touches articles goes through
// writingArticles(), which drops the affected entries before and after the write and bumps a generation; a read
// that overlapped any write does not fill the cache.
interface SummaryCache { generation: number; entries: Map<string, ArticleSummary>; filling?: boolean }
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

/** Reads every article into the cache after the current task, unless the store is too big or a write overlaps. */
function fillLater(db: LibraryDb, cache: SummaryCache): void {
  if (cache.filling) return;
  cache.filling = true;
  setTimeout(() => {
    const generation = cache.generation;
    void (async () => {
      const store = db.transaction('articles').store;
      if ((await store.count()) > CACHE_LIMIT) return;
      const all = await store.getAll();
      if (cache.generation !== generation) return;
      for (const a of all) cache.entries.set(a.id, summarise(a, a.id));
    })().catch(() => { /* the library was closed meanwhile: the cache just stays as it was */ }).finally(() => { cache.filling = false; });
  }, 0);
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

/** The articles store of a read transaction the caller already has open (one transaction instead of two). */
export type ArticleStore = IDBPObjectStore<LibrarySchema, StoreNames<LibrarySchema>[], 'articles', 'readonly'>;

/** The articles with these ids, read in one transaction (or from the cache); in `store`'s transaction when given. */
export async function articlesById(db: LibraryDb, ids: Iterable<string>, store?: ArticleStore): Promise<Map<string, ArticleSummary>> {
  const wanted = [...new Set(ids)];
  const cache = cacheOf(db);
  const generation = cache.generation;
  const missing = wanted.filter((id) => !cache.entries.has(id));
  const read = new Map<string, ArticleSummary>();
  if (missing.length) {
    const articles = store ?? db.transaction('articles').store;
    const found = missing.length > READ_ALL_ABOVE
      ? new Map((await articles.getAll()).map((a) => [a.id, a]))
      : new Map((await Promise.all(missing.map((id) => articles.get(id)))).map((a, i) => [missing[i]!, a]));
    const fill = cache.generation === generation;
    if (fill && cache.entries.size + found.size > CACHE_LIMIT) cache.entries.clear();
    for (const [id, a] of found) {
      if (!a) continue;
      const summary = summarise(a, id);
      read.set(id, summary);
      if (fill) cache.entries.set(id, summary);
    }
    if (missing.length >= FILL_ALL_FROM && missing.length <= READ_ALL_ABOVE) fillLater(db, cache);
  }
  return new Map(wanted.map((id) => [id, read.get(id) ?? cache.entries.get(id) ?? summarise(undefined, id)]));
}

/** Attaches each figure's article, reading each article once. */
export async function withArticles(db: LibraryDb, figures: StoredFigure[], store?: ArticleStore): Promise<FigureWithArticle[]> {
  const byId = await articlesById(db, figures.map((f) => f.articleId), store);
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

/**
 * Sorts entries in byPeriod's order, each period read once instead of twice per comparison (a series query sorts
 * ~100 entries: ~700 comparisons would otherwise parse ~1,400 periods).
 */
export function sortByPeriod(entries: FigureWithArticle[]): FigureWithArticle[] {
  const keyed = entries.map((e) => {
    const p = parsePeriod(e.figure.period);
    return { e, end: p ? p.end : Number.POSITIVE_INFINITY, start: p ? p.start : 0, rank: modalityRank(e.figure.modality) };
  });
  keyed.sort((a, b) => num(a.end, b.end) || b.start - a.start
    || a.rank - b.rank
    || cmp(a.e.article.published ?? '', b.e.article.published ?? '')
    || cmp(a.e.figure.articleId, b.e.figure.articleId)
    || a.e.figure.start - b.e.figure.start);
  return keyed.map((k) => k.e);
}

function num(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
