// Which figures of a whole library conflict, by the background's rule (conflict-rule.ts). Computed in the library
// page from the rows it already holds, grouped by comparable key so only figures that could conflict are paired.
import type { StoredFigure } from '../messages/records.ts';
import { comparableKey, conflicting } from './conflict-rule.ts';

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
        if (conflicting(g[i]!, g[j]!)) {
          ids.add(g[i]!.id);
          ids.add(g[j]!.id);
        }
      }
    }
  }
  return ids;
}
