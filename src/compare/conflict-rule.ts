// When two stored figures contradict each other: the one rule behind the background's conflict lists, the popup's
// badges and the library page's "conflicts only" filter.
import type { StoredFigure } from '../messages/records.ts';
import { hasIndicator } from '../messages/series-key.ts';
import { differsBeyondRounding } from './precision.ts';

/**
 * Figures are comparable when they state the same thing: series, period, modality (unstated = actual), kind and
 * unit; for changes and attainments also what they are measured against, and for changes which way they go.
 * A level's direction ("giảm còn 0,69%") tells how it got there, not what it is, so it does not count.
 */
export function comparableKey(f: StoredFigure): string | undefined {
  if (!f.period || !hasIndicator(f.seriesKey)) return undefined;
  const relative = f.kind === 'change' || f.kind === 'attainment';
  return [f.seriesKey, f.period, f.modality ?? 'actual', f.kind, f.unit ?? '',
    relative ? f.base ?? '' : '', f.kind === 'change' ? f.direction ?? '' : ''].join('\u0000');
}

/** Do these two figures, from different articles, contradict each other? */
export function conflicting(a: StoredFigure, b: StoredFigure): boolean {
  return a.articleId !== b.articleId && comparableKey(a) !== undefined && comparableKey(a) === comparableKey(b)
    && differsBeyondRounding(a, b);
}
