// Search box and filters. Every control has a visible label; changing one filters at once.
import type { Modality } from '../extractor/figure.ts';
import { formatPeriod, type Lang } from '../shared/format-vi.ts';
import { indicatorName } from '../shared/i18n-indicators.ts';
import type { Dictionary } from '../shared/i18n.ts';
import { NO_FILTERS, type Filters } from './filter.ts';
import type { Facets } from './rows.ts';

interface Props {
  filters: Filters;
  facets: Facets;
  lang: Lang;
  t: Dictionary;
  /** Gets an update of the current filters, so two quick changes never undo each other. */
  onChange(update: (current: Filters) => Filters): void;
}

function Select(props: { id: string; label: string; value: string; all: string; options: { value: string; label: string }[]; onChange(v: string): void }) {
  return (
    <label class="field" for={props.id}>
      <span>{props.label}</span>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{props.all}</option>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function FiltersBar({ filters, facets, lang, t, onChange }: Props) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange((current) => ({ ...current, [key]: value }));
  const L = t.library;
  // Keep a chosen value in its list even when the loaded rows no longer contain it.
  const withCurrent = (list: string[], v: string) => (v && !list.includes(v) ? [v, ...list] : list);
  return (
    <form class="filters" role="search" aria-label={L.filters} onSubmit={(e) => e.preventDefault()}>
      <label class="field search" for="f-text">
        <span>{L.search}</span>
        <input id="f-text" type="search" value={filters.text} placeholder={L.searchPlaceholder}
          onInput={(e) => set('text', (e.currentTarget as HTMLInputElement).value)} />
      </label>
      <Select id="f-indicator" label={L.indicator} value={filters.indicator} all={L.all} onChange={(v) => set('indicator', v)}
        options={withCurrent(facets.indicators, filters.indicator).map((v) => ({ value: v, label: indicatorName(v, lang) }))} />
      <Select id="f-locality" label={L.locality} value={filters.locality} all={L.all} onChange={(v) => set('locality', v)}
        options={withCurrent(facets.localities, filters.locality).map((v) => ({ value: v, label: v }))} />
      <Select id="f-period" label={L.period} value={filters.period} all={L.all} onChange={(v) => set('period', v)}
        options={withCurrent(facets.periods, filters.period).map((v) => ({ value: v, label: formatPeriod(v, lang) }))} />
      <Select id="f-site" label={L.site} value={filters.site} all={L.all} onChange={(v) => set('site', v)}
        options={withCurrent(facets.sites, filters.site).map((v) => ({ value: v, label: v }))} />
      <Select id="f-modality" label={L.modality} value={filters.modality} all={L.all} onChange={(v) => set('modality', v as '' | Modality)}
        options={(['actual', 'estimate', 'target'] as const).map((v) => ({ value: v, label: t.modality[v] }))} />
      <label class="field check" for="f-conflicts">
        <input id="f-conflicts" type="checkbox" checked={filters.conflictsOnly} onChange={(e) => set('conflictsOnly', (e.currentTarget as HTMLInputElement).checked)} />
        <span>{L.conflictsOnly}</span>
      </label>
      <button type="button" onClick={() => onChange(() => NO_FILTERS)}>{L.clearFilters}</button>
    </form>
  );
}
