// Search: the most selective index narrows the candidates, the rest of the query filters them.
import type { SearchQuery } from '../../messages/contract.ts';
import type { FigureWithArticle, StoredFigure } from '../../messages/records.ts';
import type { SearchResponse } from '../../messages/responses.ts';
import type { LibraryDb } from '../db/open-db.ts';
import { cmp, withArticles } from './article-summary.ts';
import { fold } from '../../shared/fold.ts';
import { findConflicts, getConflicts, getManySeries } from './series.ts';
import { siteKey } from './site-settings.ts';

/** A period query matches itself and its parts: "2023" finds 2023, 2023-H1, 2023-M07 … */
function periodRange(p: string): IDBKeyRange {
  return IDBKeyRange.bound(p, `${p}-\uffff`);
}
function periodMatches(f: StoredFigure, p: string): boolean {
  return f.period === p || (f.period?.startsWith(`${p}-`) ?? false);
}

async function candidates(db: LibraryDb, q: SearchQuery): Promise<StoredFigure[]> {
  if (q.indicator) return db.getAllFromIndex('figures', 'indicator', q.indicator);
  if (q.locality) return db.getAllFromIndex('figures', 'locality', q.locality);
  if (q.site) {
    const tx = db.transaction(['articles', 'figures']);
    const ids = await tx.objectStore('articles').index('site').getAllKeys(siteKey(q.site));
    const lists = await Promise.all(ids.map((id) => tx.objectStore('figures').index('articleId').getAll(id)));
    return lists.flat();
  }
  if (q.period) return db.getAllFromIndex('figures', 'period', periodRange(q.period));
  if (q.modality) return db.getAllFromIndex('figures', 'modality', q.modality);
  return db.getAll('figures');
}

function figureText(f: StoredFigure): string {
  return fold([f.anchor.prefix, f.text, f.anchor.suffix, f.indicator ?? '', f.locality ?? '', f.unit ?? ''].join(' \u0000 '));
}

async function conflictIds(db: LibraryDb, seriesKeys: Set<string>): Promise<Set<string>> {
  const ids = new Set<string>();
  // Few series: read just those. Many: one pass over the whole library is cheaper than a read per series.
  const conflicts = seriesKeys.size > 40
    ? await getConflicts(db)
    : findConflicts([...(await getManySeries(db, seriesKeys)).values()].flat());
  for (const c of conflicts) for (const e of c.entries) ids.add(e.figure.id);
  return ids;
}

export async function search(db: LibraryDb, q: SearchQuery): Promise<SearchResponse> {
  const figures = (await candidates(db, q)).filter((f) =>
    !f.dismissed
    && (q.indicator === undefined || f.indicator === q.indicator)
    && (q.locality === undefined || f.locality === q.locality)
    && (q.period === undefined || periodMatches(f, q.period))
    && (q.modality === undefined || (f.modality ?? 'actual') === q.modality));
  let entries = await withArticles(db, figures);
  if (q.site !== undefined) {
    const site = siteKey(q.site);
    entries = entries.filter((e) => e.article.site === site);
  }
  const words = q.text ? fold(q.text).split(/\s+/).filter(Boolean) : [];
  if (words.length) {
    // Headlines are folded once per article, not once per figure.
    const headlines = new Map<string, string>();
    const headlineOf = (e: FigureWithArticle) => {
      let h = headlines.get(e.article.id);
      if (h === undefined) headlines.set(e.article.id, (h = fold(e.article.headline ?? '')));
      return h;
    };
    entries = entries.filter((e) => {
      const own = figureText(e.figure);
      return words.every((w) => own.includes(w) || headlineOf(e).includes(w));
    });
  }
  if (q.conflictsOnly) {
    const ids = await conflictIds(db, new Set(entries.map((e) => e.figure.seriesKey)));
    entries = entries.filter((e) => ids.has(e.figure.id));
  }
  entries.sort((a, b) => cmp(b.article.published ?? '', a.article.published ?? '')
    || cmp(a.figure.articleId, b.figure.articleId) || a.figure.start - b.figure.start);
  const offset = q.offset ?? 0;
  const limit = q.limit ?? 100;
  return { total: entries.length, items: entries.slice(offset, offset + limit) };
}
