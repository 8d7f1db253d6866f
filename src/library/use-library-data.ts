// Loads the library: a first page straight away (so the table shows at once), then every figure for filtering in
// the page, then the conflicts. Later loads replace earlier ones; a stale answer never overwrites a newer one.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FigureWithArticle } from '../messages/records.ts';
import type { Send } from '../popup/popup-env.ts';
import { toRow, type Row } from './rows.ts';

export const FIRST_PAGE = 200;
/** The contract's largest page; a library beyond it shows its newest 200,000 figures. */
export const ALL = 200_000;

export interface LibraryData {
  rows: Row[];
  total: number;
  /** True until every figure is in `rows`. */
  loading: boolean;
  conflictIds: ReadonlySet<string>;
  error?: string;
}

export function useLibraryData(send: Send, label: (id: string) => string): [LibraryData, () => void, (remove: (r: Row) => boolean) => void] {
  const [data, setData] = useState<LibraryData>({ rows: [], total: 0, loading: true, conflictIds: new Set() });
  const generation = useRef(0);
  const toRows = (items: FigureWithArticle[]) => items.map((e) => toRow(e, label));

  const load = useCallback(() => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    void (async () => {
      setData((d) => ({ ...d, loading: true }));
      const first = await send({ type: 'search', query: { limit: FIRST_PAGE } });
      if (!current()) return;
      if (!first.ok) return setData({ rows: [], total: 0, loading: false, conflictIds: new Set(), error: first.error });
      const complete = first.data.items.length >= first.data.total;
      setData({ rows: toRows(first.data.items), total: first.data.total, loading: !complete, conflictIds: new Set() });
      if (!complete) {
        const all = await send({ type: 'search', query: { limit: ALL } });
        if (!current()) return;
        if (!all.ok) return setData((d) => ({ ...d, loading: false, error: all.error }));
        setData((d) => ({ ...d, rows: toRows(all.data.items), total: all.data.total, loading: false }));
      }
      const conflicts = await send({ type: 'get-conflicts' });
      if (!current() || !conflicts.ok) return;
      const ids = new Set<string>();
      for (const c of conflicts.data) for (const e of c.entries) ids.add(e.figure.id);
      setData((d) => ({ ...d, conflictIds: ids }));
    })();
  }, [send]);

  useEffect(load, [load]);

  /** Drops rows from view after a delete, without reloading 100,000 figures. */
  const remove = useCallback((pred: (r: Row) => boolean) => {
    setData((d) => {
      const rows = d.rows.filter((r) => !pred(r));
      return { ...d, rows, total: d.total - (d.rows.length - rows.length) };
    });
  }, []);

  return [data, load, remove];
}
