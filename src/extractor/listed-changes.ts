// "tăng lần lượt 6,2%, 14,5% và 21,3% so với năm 2024", "giảm 3,1%, 2,4% và 1,8% so với cùng kỳ": one verb before a
// list of bare percentages and one base after it. Every item is a change that way against that base; read one by one,
// the middle items see neither the verb (a comma stands between) nor the base (the next item stands between).
import type { Figure } from './figure.ts';
import { changeIndicator } from './indicator-units.ts';

export interface PlacedFigure { numberStart: number; end: number; clauseStart: number; figure: Figure }

// Only separators between two items: ", ", " và ", ", và ".
const LIST_GAP = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;

/** Figures in text order; lists of percentages that open on a change and close on a base share both. */
export function shareListedChanges(lower: string, placed: readonly PlacedFigure[]): void {
  for (let i = 0; i < placed.length; ) {
    let j = i;
    while (j + 1 < placed.length && isNextItem(lower, placed[j]!, placed[j + 1]!)) j++;
    if (j > i) shareAcross(placed.slice(i, j + 1).map((p) => p.figure));
    i = j + 1;
  }
}

function isNextItem(lower: string, a: PlacedFigure, b: PlacedFigure): boolean {
  if (a.clauseStart !== b.clauseStart || a.figure.unit !== '%' || b.figure.unit !== '%') return false;
  const gap = b.numberStart - a.end;
  return gap > 0 && gap <= 6 && LIST_GAP.test(lower.slice(a.end, b.numberStart));
}

function shareAcross(items: Figure[]): void {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (first.kind !== 'change' || !first.direction || last.kind !== 'change' || !last.base) return;
  // A list whose items already read otherwise (a level named between) is not one verb's list.
  if (items.some((f) => f.kind !== 'change' && f.kind !== 'level')) return;
  for (const f of items) {
    if (f.kind === 'level') {
      f.kind = 'change';
      const indicator = changeIndicator(f.indicator, 'change', 'percent');
      if (indicator) f.indicator = indicator;
    }
    f.direction ??= first.direction;
    f.base ??= last.base;
  }
}
