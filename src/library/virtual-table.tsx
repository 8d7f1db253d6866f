// The figure table: only the rows in view (plus a few either side) are in the DOM, so 100,000 rows scroll as
// smoothly as 100. Rows have one fixed height; spacer rows stand in for the ones above and below.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export const ROW_HEIGHT = 40;
const OVERSCAN = 8;

export interface Column<T> {
  id: string;
  label: string;
  width: string;
  /** Set for sortable columns. */
  sortDir?: 'asc' | 'desc' | 'none';
  onSort?: () => void;
  sortLabel?: string;
  cell(row: T): ComponentChildren;
}

interface Props<T> {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  label: string;
  /** Changes when the rows are a new selection (filters, sort): scroll back to the top. */
  resetKey: unknown;
}

export function VirtualTable<T>({ rows, columns, rowKey, label, resetKey }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);

  useEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const frame = useRef(0);
  const onScroll = () => {
    // One state update per frame, however many scroll events arrive.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (box.current) setScrollTop(box.current.scrollTop);
    });
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <div class="table-box" ref={box} onScroll={onScroll} tabIndex={0} role="region" aria-label={label}>
      <table class="figures-table" aria-rowcount={rows.length + 1}>
        <colgroup>{columns.map((c) => <col key={c.id} style={{ width: c.width }} />)}</colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c.id} scope="col" aria-sort={c.onSort ? (c.sortDir === 'asc' ? 'ascending' : c.sortDir === 'desc' ? 'descending' : 'none') : undefined}>
                {c.onSort ? (
                  <button type="button" class="sort" onClick={c.onSort} title={c.sortLabel}>
                    {c.label}<span aria-hidden="true">{c.sortDir === 'asc' ? ' ▲' : c.sortDir === 'desc' ? ' ▼' : ''}</span>
                  </button>
                ) : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? <tr class="spacer" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }}><td colSpan={columns.length} /></tr> : null}
          {visible.map((row, i) => (
            <tr key={rowKey(row)} aria-rowindex={first + i + 2} style={{ height: `${ROW_HEIGHT}px` }}>
              {columns.map((c) => <td key={c.id} class={`col-${c.id}`}>{c.cell(row)}</td>)}
            </tr>
          ))}
          {last < rows.length ? <tr class="spacer" aria-hidden="true" style={{ height: `${(rows.length - last) * ROW_HEIGHT}px` }}><td colSpan={columns.length} /></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
