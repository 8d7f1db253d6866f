// What each figure of an article means next to the library: its previous value, the change, its plan, and the
// articles that print a different number for the same thing. Pure: data in, facts out; words come later.
import { parsePeriod, type PeriodSpan } from './period.ts';
import { differsBeyondRounding } from './precision.ts';
import type { Change, CompareFigure, Comparison, FigureContext, IndicatorGroup, PlanComparison, PreviousValue, SeriesPoint } from './types.ts';

const PERCENT_UNITS = new Set(['%', 'điểm %']);

/** Rates are compared in percentage points: 1,2% → 0,69% is "giảm 0,51 điểm %", not "giảm 42,5%". */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNITS.has(unit);
}

/** Figures that measure the same thing the same way: same kind and unit (and denominator for ratios). */
function sameMeasure(a: CompareFigure, b: CompareFigure): boolean {
  if (a.kind !== b.kind || (a.unit ?? '') !== (b.unit ?? '')) return false;
  if (a.kind === 'ratio' && a.of !== b.of) return false;
  // A change measured against a plan and one measured against last year are different things.
  if ((a.kind === 'change' || a.kind === 'attainment') && (a.base ?? '') !== (b.base ?? '')) return false;
  return true;
}

function sameFigure(a: CompareFigure, b: CompareFigure): boolean {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  return a === b;
}

/** A figure with no stated modality is read as an actual result, the usual case in reports. */
function modalityOf(f: CompareFigure): 'actual' | 'estimate' | 'target' {
  return f.modality ?? 'actual';
}

export function computeChange(current: number, previous: number, unit: string | undefined): Change {
  const points = isPercentUnit(unit);
  const absolute = current - previous;
  const direction = absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'same';
  const change: Change = { absolute, points, direction };
  if (!points && previous !== 0) change.relative = (absolute / Math.abs(previous)) * 100;
  return change;
}

function publishedOf(p: SeriesPoint): string {
  return p.article.published ?? '';
}

/**
 * The previous value of the same series: an actual or estimate of an earlier period of the same length.
 * The same part of an earlier year ("cùng kỳ", how Vietnamese reports compare) wins over the period just before;
 * then the latest period; an actual over an estimate of that period; then the latest article.
 */
export function findPrevious(ctx: FigureContext): PreviousValue | undefined {
  const { figure } = ctx;
  const span = parsePeriod(figure.period);
  if (!span || span.grain === 'term' || modalityOf(figure) === 'target') return undefined;
  let best: { point: SeriesPoint; span: PeriodSpan; samePart: boolean } | undefined;
  for (const point of ctx.history) {
    const f = point.figure;
    if (sameFigure(f, figure) || modalityOf(f) === 'target' || !sameMeasure(f, figure)) continue;
    const s = parsePeriod(f.period);
    if (!s || s.grain !== span.grain || s.end >= span.start) continue;
    const samePart = s.part === span.part;
    if (!best || better(point, s, samePart, best)) best = { point, span: s, samePart };
  }
  if (!best) return undefined;
  return { point: best.point, samePart: best.samePart, change: computeChange(figure.value, best.point.figure.value, figure.unit) };
}

function better(point: SeriesPoint, s: PeriodSpan, samePart: boolean, best: { point: SeriesPoint; span: PeriodSpan; samePart: boolean }): boolean {
  if (samePart !== best.samePart) return samePart;
  if (s.end !== best.span.end) return s.end > best.span.end;
  const actual = modalityOf(point.figure) === 'actual';
  const bestActual = modalityOf(best.point.figure) === 'actual';
  if (actual !== bestActual) return actual;
  return publishedOf(point) > publishedOf(best.point);
}

/** The plan for the same period next to the result (or, for a target, the result next to it). */
export function findPlan(ctx: FigureContext): PlanComparison | undefined {
  const { figure } = ctx;
  if (!figure.period || figure.kind === 'change' || figure.kind === 'attainment') return undefined;
  const isTarget = modalityOf(figure) === 'target';
  let best: SeriesPoint | undefined;
  for (const point of ctx.history) {
    const f = point.figure;
    if (sameFigure(f, figure) || f.period !== figure.period || !sameMeasure(f, figure)) continue;
    if (isTarget ? modalityOf(f) === 'target' : modalityOf(f) !== 'target') continue;
    // For a target, the result reached: prefer an actual over an estimate, then the latest article.
    if (!best || preferPlanPoint(point, best, isTarget, ctx.article?.url)) best = point;
  }
  if (!best) return undefined;
  const actual = isTarget ? best.figure : figure;
  const target = isTarget ? figure : best.figure;
  const plan: PlanComparison = { role: isTarget ? 'actual' : 'target', point: best };
  if (target.high !== undefined) {
    plan.range = actual.value < target.value ? 'below' : actual.value > target.high ? 'above' : 'within';
  } else if (isPercentUnit(figure.unit)) {
    plan.gapPoints = actual.value - target.value;
  } else if (target.value > 0) {
    plan.attainment = (actual.value / target.value) * 100;
  }
  return plan;
}

function preferPlanPoint(point: SeriesPoint, best: SeriesPoint, isTarget: boolean, ownUrl: string | undefined): boolean {
  // What the same article says comes first: it is the pairing its reader sees.
  const own = ownUrl !== undefined && point.article.url === ownUrl;
  const bestOwn = ownUrl !== undefined && best.article.url === ownUrl;
  if (own !== bestOwn) return own;
  if (isTarget) {
    const a = modalityOf(point.figure) === 'actual';
    const b = modalityOf(best.figure) === 'actual';
    if (a !== b) return a;
  }
  return publishedOf(point) > publishedOf(best);
}

/** Other articles that print a different value for the same series, period and modality. */
export function findConflicts(ctx: FigureContext): SeriesPoint[] {
  const { figure } = ctx;
  if (!figure.period) return [];
  const seen = new Set<string>();
  const out: SeriesPoint[] = [];
  const ownUrl = ctx.article?.url;
  for (const point of [...(ctx.conflicts ?? []), ...ctx.history]) {
    const f = point.figure;
    if (sameFigure(f, figure) || (ownUrl !== undefined && point.article.url === ownUrl)) continue;
    if (f.period !== figure.period || modalityOf(f) !== modalityOf(figure) || !sameMeasure(f, figure)) continue;
    if (!differsBeyondRounding(f, figure)) continue;
    const key = f.id ?? `${point.article.url}|${f.start}|${f.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(point);
  }
  return out;
}

export function compareFigure(ctx: FigureContext): Comparison {
  const comparison: Comparison = { figure: ctx.figure, index: ctx.index, conflicts: findConflicts(ctx) };
  const previous = findPrevious(ctx);
  if (previous) comparison.previous = previous;
  const plan = findPlan(ctx);
  if (plan) comparison.plan = plan;
  return comparison;
}

/** The article's figures grouped by indicator, groups in the order they first appear; unknown indicators last. */
export function groupByIndicator(contexts: FigureContext[]): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  const sorted = [...contexts].sort((a, b) => a.figure.start - b.figure.start || a.index - b.index);
  for (const ctx of sorted) {
    const key = ctx.figure.indicator ?? '';
    let group = groups.get(key);
    if (!group) {
      group = ctx.figure.indicator ? { indicator: ctx.figure.indicator, items: [] } : { items: [] };
      groups.set(key, group);
    }
    group.items.push(compareFigure(ctx));
  }
  const unknown = groups.get('');
  groups.delete('');
  return unknown ? [...groups.values(), unknown] : [...groups.values()];
}
