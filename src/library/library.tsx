// The library page: every stored figure in a fast table with search, filters and sorting; a chart of one series;
// export, import, delete and clear-all through the background's contract.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { describeValue } from '../compare/describe.ts';
import { formatDate, formatNumber, formatPeriod } from '../shared/format-vi.ts';
import { indicatorName } from '../shared/i18n-indicators.ts';
import type { FigureWithArticle } from '../messages/records.ts';
import { LanguageSwitch } from '../popup/language-switch.tsx';
import { useLang } from '../popup/use-lang.ts';
import { DataTools } from './data-tools.tsx';
import { DEFAULT_SORT, filterRows, NO_FILTERS, sortRows, type Filters, type Sort, type SortKey } from './filter.ts';
import { FiltersBar } from './filters-bar.tsx';
import type { LibraryEnv } from './library-env.ts';
import { facetsOf, type Row } from './rows.ts';
import { SeriesChart } from './series-chart.tsx';
import { useLibraryData } from './use-library-data.ts';
import { VirtualTable, type Column } from './virtual-table.tsx';

const MODALITY_MARK = { actual: '●', estimate: '○', target: '◇' } as const;

/** Line icons drawn here: no icon font, no emoji (many systems lack the glyphs). */
function Icon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

function initialFilters(search: string | undefined): Filters {
  const q = new URLSearchParams(search ?? '');
  return { ...NO_FILTERS, indicator: q.get('indicator') ?? '', locality: q.get('locality') ?? '', text: q.get('q') ?? '' };
}

export function Library({ env }: { env: LibraryEnv }) {
  const { lang, t, setLang } = useLang(env.uiLanguage, env.storage);
  const L = t.library;
  const label = useCallback((id: string) => indicatorName(id, lang), [lang]);
  const [data, reload, removeRows] = useLibraryData(env.send, label);
  const [filters, setFilters] = useState<Filters>(() => initialFilters(env.search));
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });

  const facets = useMemo(() => facetsOf(data.rows), [data.rows]);
  const filtered = useMemo(() => filterRows(data.rows, filters, data.conflictIds), [data.rows, filters, data.conflictIds]);
  // The library arrives newest first: the default order needs no sorting.
  const shown = useMemo(() => (sort === DEFAULT_SORT ? filtered : sortRows(filtered, sort)), [filtered, sort]);

  // Marks for the benchmark and for people profiling: when rows first appear, when a filter has been drawn.
  const firstDrawn = useRef(false);
  useEffect(() => {
    if (!firstDrawn.current && data.rows.length > 0) {
      firstDrawn.current = true;
      performance.mark('soi-so:library-first-rows');
    }
    if (!data.loading && data.rows.length > 0) performance.mark('soi-so:library-all-rows');
  }, [data.rows, data.loading]);
  useEffect(() => {
    performance.mark('soi-so:library-filtered');
  }, [filtered]);

  const toggleSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'published' ? 'desc' : 'asc' }));
  const sortProps = (key: SortKey, name: string) => ({
    sortDir: sort.key === key ? sort.dir : ('none' as const),
    onSort: () => toggleSort(key),
    sortLabel: L.sortBy(name),
  });

  async function deleteFigure(row: Row) {
    const r = await env.send({ type: 'delete-figure', figureId: row.id });
    if (!r.ok) return setStatus({ text: t.error(r.error), error: true });
    removeRows((x) => x.id === row.id);
    setStatus({ text: L.deleted });
  }
  async function deleteArticle(row: Row) {
    const a = row.entry.article;
    if (!env.confirm(L.confirmDeleteArticle(a.headline ?? a.url))) return;
    const r = await env.send({ type: 'delete-article', articleId: a.id });
    if (!r.ok) return setStatus({ text: t.error(r.error), error: true });
    removeRows((x) => x.entry.article.id === a.id);
    setStatus({ text: L.deleted });
  }

  const columns: Column<Row>[] = [
    { id: 'value', label: L.value, width: '17%', ...sortProps('value', L.value), cell: (r) => (
      <span class={`value modality-${r.modality}`}>
        <span class="mark" aria-hidden="true">{MODALITY_MARK[r.modality]} </span>{describeValue(r.entry.figure, lang)}
        {data.conflictIds.has(r.id) ? <span class="badge badge-conflict" title={L.conflict}>{L.conflict}</span> : null}
      </span>
    ) },
    { id: 'indicator', label: L.indicator, width: '15%', ...sortProps('indicator', L.indicator), cell: (r) => (r.indicator ? indicatorName(r.indicator, lang) : '—') },
    { id: 'locality', label: L.locality, width: '12%', ...sortProps('locality', L.locality), cell: (r) => r.locality || '—' },
    { id: 'period', label: L.period, width: '11%', ...sortProps('period', L.period), cell: (r) => formatPeriod(r.period || undefined, lang) },
    { id: 'modality', label: L.modality, width: '8%', ...sortProps('modality', L.modality), cell: (r) => t.modality[r.modality] },
    { id: 'site', label: L.site, width: '10%', ...sortProps('site', L.site), cell: (r) => r.site },
    { id: 'published', label: L.published, width: '8%', ...sortProps('published', L.published), cell: (r) => formatDate(r.published || undefined, lang) },
    { id: 'article', label: L.article, width: '10%', cell: (r) => (
      <a href={r.entry.article.url} target="_blank" rel="noopener noreferrer" title={r.entry.article.headline}>{r.entry.article.headline ?? r.entry.article.url}</a>
    ) },
    { id: 'actions', label: L.actions, width: '9%', cell: (r) => (
      <span class="row-actions">
        {r.indicator && r.locality ? (
          <button type="button" class="icon" title={L.viewSeries} aria-label={`${L.viewSeries}: ${indicatorName(r.indicator, lang)} · ${r.locality}`}
            onClick={() => setFilters({ ...NO_FILTERS, indicator: r.indicator, locality: r.locality })}>
            <Icon d="M2 13h12M3 10l3-4 3 2 4-5" />
          </button>
        ) : null}
        <button type="button" class="icon" title={L.deleteFigure} aria-label={`${L.deleteFigure}: ${r.entry.figure.text}`} onClick={() => void deleteFigure(r)}>
          <Icon d="M4 4l8 8M12 4l-8 8" />
        </button>
        <button type="button" class="icon" title={L.deleteArticle} aria-label={`${L.deleteArticle}: ${r.entry.article.headline ?? r.entry.article.url}`} onClick={() => void deleteArticle(r)}>
          <Icon d="M3 4h10M6 4V2.5h4V4M4.5 4l.8 9.5h5.4l.8-9.5M7 6.5v5M9 6.5v5" />
        </button>
      </span>
    ) },
  ];

  const total = formatNumber(data.total, lang);
  return (
    <div class="library">
      <header class="top">
        <h1>{t.appName} · {L.title}</h1>
        <LanguageSwitch lang={lang} label={t.language} onChange={setLang} />
      </header>
      <DataTools env={env} t={t} onChanged={reload} onStatus={setStatus} />
      <p class={`status ${status.error ? 'error' : ''}`} role={status.error ? 'alert' : 'status'}>{status.text}</p>
      {data.error ? <p class="error" role="alert">{t.error(data.error)}</p> : null}
      <FiltersBar filters={filters} facets={facets} lang={lang} t={t} onChange={setFilters} />
      <SeriesPanel env={env} filters={filters} lang={lang} t={t} version={data.rows} />
      <p class="counts" aria-live="polite">
        {L.shown(formatNumber(shown.length, lang), total)}
        {data.loading && data.total > 0 ? <span class="muted"> · {L.loadingMore(formatNumber(data.loaded, lang), total)}</span> : null}
      </p>
      {!data.loading && data.total === 0 && !data.error ? <p class="empty">{L.empty}</p> : null}
      {data.total > 0 && shown.length === 0 && !data.loading ? <p class="empty">{L.noMatch}</p> : null}
      <VirtualTable rows={shown} columns={columns} rowKey={(r) => r.id} label={L.title} resetKey={`${JSON.stringify(filters)}|${sort.key}|${sort.dir}`} />
    </div>
  );
}

/** The chart of one series, shown when the filters name one indicator and one locality. */
function SeriesPanel(props: { env: LibraryEnv; filters: Filters; lang: 'vi' | 'en'; t: ReturnType<typeof useLang>['t']; version: unknown }) {
  const { filters, lang, t } = props;
  const [entries, setEntries] = useState<FigureWithArticle[] | undefined>();
  const key = filters.indicator && filters.locality ? `${filters.indicator}|${filters.locality}` : '';
  useEffect(() => {
    setEntries(undefined);
    if (!key) return;
    let live = true;
    props.env.send({ type: 'get-series', seriesKey: key }).then((r) => {
      if (live) setEntries(r.ok ? r.data : []);
    });
    return () => {
      live = false;
    };
  }, [key, props.version]);
  return (
    <section class="series" aria-label={t.library.series}>
      {!key ? <p class="muted">{t.library.seriesHint}</p>
        : !entries ? <p class="muted">{t.loading}</p>
        : <SeriesChart entries={entries} indicator={indicatorName(filters.indicator, lang)} locality={filters.locality} lang={lang} t={t} />}
    </section>
  );
}
