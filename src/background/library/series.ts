// Series history and conflicts. A series is one indicator in one locality; without an indicator there is none.
import type { Conflict, FigureWithArticle, StoredFigure } from '../../messages/records.ts';
import type { Modality } from '../../extractor/figure.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { byPeriod, cmp, sortByPeriod, withArticles } from './article-summary.ts';
import { comparableKey, conflicting } from '../../compare/conflict-rule.ts';
import { hasIndicator } from '../../messages/series-key.ts';

/** All live (not dismissed) figures of a series with their articles, chronological. */
export async function getSeries(db: LibraryDb, seriesKey: string): Promise<FigureWithArticle[]> {
  return (await getManySeries(db, [seriesKey])).get(seriesKey) ?? [];
}

/** Several series at once: one read of the figures, one of their articles. */
export async function getManySeries(db: LibraryDb, seriesKeys: Iterable<string>): Promise<Map<string, FigureWithArticle[]>> {
  const keys = [...new Set(seriesKeys)].filter(hasIndicator);
  const out = new Map<string, FigureWithArticle[]>();
  if (keys.length === 0) return out;
  // One read transaction for the figures and their articles.
  const tx = db.transaction(['figures', 'articles']);
  const index = tx.objectStore('figures').index('seriesKey');
  const lists = await Promise.all(keys.map((k) => index.getAll(k)));
  const live = lists.map((l) => l.filter((f) => !f.dismissed));
  const withArticle = await withArticles(db, live.flat(), tx.objectStore('articles'));
  let at = 0;
  keys.forEach((k, i) => {
    const n = live[i]!.length;
    out.set(k, sortByPeriod(withArticle.slice(at, at + n)));
    at += n;
  });
  return out;
}

/** Groups entries that contradict each other; each conflict lists every figure of its group that disagrees with another. */
export function findConflicts(entries: FigureWithArticle[]): Conflict[] {
  const groups = new Map<string, FigureWithArticle[]>();
  for (const e of entries) {
    if (e.figure.dismissed) continue;
    const k = comparableKey(e.figure);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(e); else groups.set(k, [e]);
  }
  const out: Conflict[] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const involved = g.filter((x) => g.some((y) => conflicting(x.figure, y.figure)));
    if (involved.length === 0) continue;
    involved.sort((a, b) => cmp(a.article.published ?? '', b.article.published ?? '') || cmp(a.figure.articleId, b.figure.articleId) || a.figure.start - b.figure.start);
    const f = involved[0]!.figure;
    out.push({ seriesKey: f.seriesKey, period: f.period!, modality: (f.modality ?? 'actual') as Modality, entries: involved });
  }
  return out.sort((a, b) => cmp(a.seriesKey, b.seriesKey) || byPeriod(a.entries[0]!, b.entries[0]!));
}

/** Conflicts in one series, or across the whole library. */
export async function getConflicts(db: LibraryDb, seriesKey?: string): Promise<Conflict[]> {
  if (seriesKey !== undefined) return findConflicts(await getSeries(db, seriesKey));
  const all = (await db.getAll('figures')).filter((f) => !f.dismissed && f.period && hasIndicator(f.seriesKey));
  return findConflicts(await withArticles(db, all));
}
