// Filtering and sorting the table: pure, over precomputed rows.
import type { Modality } from '../extractor/figure.ts';
import { fold } from '../shared/fold.ts';
import type { Row } from './rows.ts';

export interface Filters {
  text: string;
  indicator: string;
  locality: string;
  period: string;
  site: string;
  modality: '' | Modality;
  conflictsOnly: boolean;
}

export const NO_FILTERS: Filters = { text: '', indicator: '', locality: '', period: '', site: '', modality: '', conflictsOnly: false };

export type SortKey = 'published' | 'value' | 'indicator' | 'locality' | 'period' | 'site' | 'modality';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { key: 'published', dir: 'desc' };

/** A period filter matches itself and its parts: "2023" finds 2023, 2023-H1, 2023-M07 (as the background's search does). */
function periodMatches(period: string, wanted: string): boolean {
  return period === wanted || period.startsWith(`${wanted}-`);
}

export function filterRows(rows: readonly Row[], f: Filters, conflictIds: ReadonlySet<string>): Row[] {
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  const out: Row[] = [];
  for (const r of rows) {
    if (f.indicator && r.indicator !== f.indicator) continue;
    if (f.locality && r.locality !== f.locality) continue;
    if (f.period && !periodMatches(r.period, f.period)) continue;
    if (f.site && r.site !== f.site) continue;
    if (f.modality && r.modality !== f.modality) continue;
    if (f.conflictsOnly && !conflictIds.has(r.id)) continue;
    if (words.length && !words.every((w) => r.haystack.includes(w))) continue;
    out.push(r);
  }
  return out;
}

const MODALITY_RANK: Record<Modality, number> = { actual: 0, estimate: 1, target: 2 };

function compareBy(key: SortKey): (a: Row, b: Row) => number {
  const str = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  switch (key) {
    case 'published': return (a, b) => str(a.published, b.published);
    case 'value': return (a, b) => a.entry.figure.value - b.entry.figure.value;
    case 'period': return (a, b) => a.periodSort - b.periodSort;
    case 'modality': return (a, b) => MODALITY_RANK[a.modality] - MODALITY_RANK[b.modality];
    default: return (a, b) => str(a[key], b[key]);
  }
}

/** Sorted copy; ties keep the library's order (newest article first), so sorting is stable and predictable. */
export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const by = compareBy(sort.key);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => sign * by(a.r, b.r) || a.i - b.i);
  return indexed.map((x) => x.r);
}
