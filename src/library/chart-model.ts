// The series chart's geometry, kept pure so it can be tested without drawing: which points, where, on what scale.
import { periodSortValue } from '../compare/period.ts';
import type { Modality } from '../extractor/figure.ts';
import type { FigureWithArticle } from '../messages/records.ts';

export interface ChartPoint {
  entry: FigureWithArticle;
  modality: Modality;
  x: number;
  y: number;
  /** Top of a range (8–9%), when the figure is one. */
  yHigh?: number;
}

/** The line of one modality: one point per period, the latest article's, in time order. */
export function linePoints(points: readonly ChartPoint[], modality: string): ChartPoint[] {
  const byPeriod = new Map<string, ChartPoint>();
  for (const p of points) {
    if (p.modality !== modality) continue;
    const key = p.entry.figure.period!;
    const had = byPeriod.get(key);
    if (!had || (p.entry.article.published ?? '') > (had.entry.article.published ?? '')) byPeriod.set(key, p);
  }
  return [...byPeriod.values()].sort((a, b) => a.x - b.x);
}

export interface ChartModel {
  unit: string | undefined;
  periods: string[];
  points: ChartPoint[];
  /** Figures in other units or kinds, left out of this chart (told to the reader). */
  omitted: number;
  ticks: { value: number; y: number }[];
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** "Nice" tick step: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/**
 * One unit per chart: the unit (and kind) most of the series' figures use. Periods sit on the x axis in time order,
 * evenly spaced; values on a linear y axis with round ticks.
 */
export function chartModel(entries: readonly FigureWithArticle[], width = 720, height = 300): ChartModel {
  const plot = { left: 88, right: width - 16, top: 16, bottom: height - 40 };
  const usable = entries.filter((e) => e.figure.period && e.figure.kind !== 'ratio');
  const counts = new Map<string, number>();
  for (const e of usable) {
    const k = `${e.figure.kind}|${e.figure.unit ?? ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const chosen = best ? usable.filter((e) => `${e.figure.kind}|${e.figure.unit ?? ''}` === best[0]) : [];
  const periods = [...new Set(chosen.map((e) => e.figure.period!))].sort((a, b) => periodSortValue(a) - periodSortValue(b));
  const values = chosen.flatMap((e) => (e.figure.high !== undefined ? [e.figure.value, e.figure.high] : [e.figure.value]));
  let lo = values.length ? Math.min(...values) : 0;
  let hi = values.length ? Math.max(...values) : 1;
  // Amounts start from zero so bars of growth are not exaggerated; rates keep their own range.
  if (lo > 0 && chosen[0]?.figure.unit !== '%') lo = 0;
  if (hi === lo) { hi += Math.abs(hi) * 0.1 || 1; lo -= Math.abs(lo) * 0.1; }
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const y = (v: number) => plot.bottom - ((v - lo) / (hi - lo)) * (plot.bottom - plot.top);
  const slot = (plot.right - plot.left) / Math.max(periods.length, 1);
  const x = (p: string) => plot.left + slot * (periods.indexOf(p) + 0.5);
  // Several articles for the same period and kind of figure sit side by side, not on top of each other.
  const siblings = new Map<string, number>();
  const slotKey = (e: FigureWithArticle) => `${e.figure.period}|${e.figure.modality ?? 'actual'}`;
  for (const e of chosen) siblings.set(slotKey(e), (siblings.get(slotKey(e)) ?? 0) + 1);
  const placed = new Map<string, number>();
  const points = chosen.map((entry): ChartPoint => {
    const f = entry.figure;
    const k = slotKey(entry);
    const i = placed.get(k) ?? 0;
    placed.set(k, i + 1);
    const dx = (i - ((siblings.get(k) ?? 1) - 1) / 2) * Math.min(12, slot / 4 / Math.max(1, siblings.get(k) ?? 1));
    const pt: ChartPoint = { entry, modality: f.modality ?? 'actual', x: x(f.period!) + dx, y: y(f.value) };
    if (f.high !== undefined) pt.yHigh = y(f.high);
    return pt;
  });
  const ticks: ChartModel['ticks'] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push({ value: v, y: y(v) });
  return { unit: best ? chosen[0]!.figure.unit : undefined, periods, points, omitted: entries.length - chosen.length, ticks, width, height, plot };
}
