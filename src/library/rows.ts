// The library's figures as table rows: every field the table shows, sorts or searches precomputed once,
// so filtering 100,000 rows is a plain loop with no formatting in it.
import type { FigureWithArticle } from '../messages/records.ts';
import type { Modality } from '../extractor/figure.ts';
import { periodSortValue } from '../compare/period.ts';
import { fold } from '../shared/fold.ts';

export interface Row {
  id: string;
  entry: FigureWithArticle;
  indicator: string;
  locality: string;
  period: string;
  periodSort: number;
  site: string;
  modality: Modality;
  published: string;
  /** Lowercase, no tone marks: what the search box matches against. */
  haystack: string;
}

export function toRow(entry: FigureWithArticle, indicatorLabel: (id: string) => string): Row {
  const f = entry.figure;
  const indicator = f.indicator ?? '';
  return {
    id: f.id,
    entry,
    indicator,
    locality: f.locality ?? '',
    period: f.period ?? '',
    periodSort: periodSortValue(f.period),
    site: entry.article.site,
    modality: f.modality ?? 'actual',
    published: entry.article.published ?? '',
    haystack: fold([f.text, f.anchor.prefix, f.anchor.suffix, indicator, indicator ? indicatorLabel(indicator) : '', f.locality ?? '',
      entry.article.headline ?? '', entry.article.site].join(' ')),
  };
}

export interface Facets {
  indicators: string[];
  localities: string[];
  periods: string[];
  sites: string[];
}

/** The distinct values each filter offers, sorted (periods chronologically, newest first). */
export function facetsOf(rows: readonly Row[]): Facets {
  const ind = new Set<string>();
  const loc = new Set<string>();
  const per = new Map<string, number>();
  const site = new Set<string>();
  for (const r of rows) {
    if (r.indicator) ind.add(r.indicator);
    if (r.locality) loc.add(r.locality);
    if (r.period) per.set(r.period, r.periodSort);
    if (r.site) site.add(r.site);
  }
  const vi = (a: string, b: string) => a.localeCompare(b, 'vi');
  return {
    indicators: [...ind].sort(vi),
    localities: [...loc].sort(vi),
    periods: [...per.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p),
    sites: [...site].sort(vi),
  };
}
