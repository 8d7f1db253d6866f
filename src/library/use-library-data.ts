// Loads the library with 'list-figures': a first small page straight away (the table shows at once), then the rest
// in large pages, after which every filter runs in the page. Conflicts are found here from the loaded figures.
// Later loads replace earlier ones; a stale answer never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { conflictIds } from '../compare/conflict-ids.ts';
import type { ArticleSummary, FigureWithArticle } from '../messages/records.ts';
import type { ListFiguresResponse } from '../messages/responses.ts';
import type { Send } from '../popup/popup-env.ts';
import { toRow, type Row } from './rows.ts';

export const FIRST_PAGE = 300;
export const PAGE = 10_000;

export interface LibraryData {
  rows: Row[];
  /** Figures stored; the count the table will reach once loaded (dismissed figures aside). */
  total: number;
  /** Figures received so far, while loading. */
  loaded: number;
  /** True until every figure is in `rows`. */
  loading: boolean;
  conflictIds: ReadonlySet<string>;
  error?: string;
}

/** Newest article first, then article, then place in the article: the order people expect a library in. */
export function libraryOrder(a: Row, b: Row): number {
  return (a.published < b.published ? 1 : a.published > b.published ? -1 : 0)
    || (a.entry.article.id < b.entry.article.id ? -1 : a.entry.article.id > b.entry.article.id ? 1 : 0)
    || a.entry.figure.start - b.entry.figure.start;
}

function join(page: ListFiguresResponse, articles: Map<string, ArticleSummary>): FigureWithArticle[] {
  for (const a of page.articles) articles.set(a.id, a);
  return page.figures.map((figure) => ({ figure, article: articles.get(figure.articleId) ?? { id: figure.articleId, url: figure.articleId, site: '' } }));
}

export function useLibraryData(send: Send, label: (id: string) => string): [LibraryData, () => void, (remove: (r: Row) => boolean) => void] {
  const [data, setData] = useState<LibraryData>({ rows: [], total: 0, loaded: 0, loading: true, conflictIds: new Set() });
  const generation = useRef(0);

  const load = useCallback(() => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    void (async () => {
      setData((d) => ({ ...d, loading: true }));
      const articles = new Map<string, ArticleSummary>();
      // The total comes from 'counts' (it walks the store, so it is asked alongside, not waited for).
      void send({ type: 'counts' }).then((c) => {
        if (current() && c.ok) setData((d) => (d.loading ? { ...d, total: c.data.figures } : d));
      });
      const first = await send({ type: 'list-figures', limit: FIRST_PAGE });
      if (!current()) return;
      if (!first.ok) return setData({ rows: [], total: 0, loaded: 0, loading: false, conflictIds: new Set(), error: first.error });
      const entries = join(first.data, articles);
      const rows = entries.map((e) => toRow(e, label));
      setData((d) => ({ rows: [...rows].sort(libraryOrder), total: Math.max(d.total, entries.length), loaded: entries.length, loading: first.data.next !== undefined, conflictIds: new Set() }));
      const nextPage = (after: string | undefined) => (after === undefined ? undefined : send({ type: 'list-figures', after, limit: PAGE }));
      let inflight = nextPage(first.data.next);
      while (inflight) {
        const page = await inflight;
        if (!current()) return;
        if (!page.ok) return setData((d) => ({ ...d, loading: false, error: page.error }));
        // Ask for the next page before turning this one into rows, so the background reads while the page works.
        inflight = nextPage(page.data.next);
        const more = join(page.data, articles);
        entries.push(...more);
        for (const e of more) rows.push(toRow(e, label));
        const loaded = entries.length;
        if (inflight) setData((d) => ({ ...d, loaded }));
      }
      rows.sort(libraryOrder);
      setData({ rows, total: rows.length, loaded: rows.length, loading: false, conflictIds: conflictIds(entries.map((e) => e.figure)) });
    })();
  }, [send]);

  useEffect(load, [load]);

  /** Drops rows from view after a delete, without reloading 100,000 figures. */
  const remove = useCallback((pred: (r: Row) => boolean) => {
    setData((d) => {
      const rows = d.rows.filter((r) => !pred(r));
      return { ...d, rows, total: d.total - (d.rows.length - rows.length), loaded: rows.length };
    });
  }, []);

  return [data, load, remove];
}
