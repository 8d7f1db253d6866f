// Which figures of a whole library conflict: the same series, period, modality, kind, unit, base and direction,
// from different articles, with values their printing cannot reconcile. Computed in the library page from the rows
// it already holds (one pass, grouped), the same rule as the background's get-conflicts.
import type { StoredFigure } from '../messages/records.ts';
import { differBeyondRounding } from './precision.ts';

function comparableKey(f: StoredFigure): string | undefined {
  if (!f.period || !f.indicator) return undefined;
  return [f.seriesKey, f.period, f.modality ?? 'actual', f.kind, f.unit ?? '', f.base ?? '', f.direction ?? ''].join('\u0000');
}

function disagree(a: StoredFigure, b: StoredFigure): boolean {
  if (a.articleId === b.articleId) return false;
  if (differBeyondRounding(a, b)) return true;
  if (a.of !== undefined && b.of !== undefined && a.of !== b.of) return true;
  return a.high !== undefined && b.high !== undefined && differBeyondRounding({ value: a.high, text: a.text }, { value: b.high, text: b.text });
}

export function conflictIds(figures: Iterable<StoredFigure>): Set<string> {
  const groups = new Map<string, StoredFigure[]>();
  for (const f of figures) {
    if (f.dismissed) continue;
    const k = comparableKey(f);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const ids = new Set<string>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (disagree(g[i]!, g[j]!)) {
          ids.add(g[i]!.id);
          ids.add(g[j]!.id);
        }
      }
    }
  }
  return ids;
}
