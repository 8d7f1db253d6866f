// A bare count ("3 huyện", "20 hộ") is a figure only where the text reports it: a verb just before it, a status
// after it, a colon line, or an indicator that names it. "ba huyện ven biển" describes; "có 20 hộ thoát nghèo" reports.
import type { Meaning } from './meaning.ts';
import type { Candidate } from './scan-figures.ts';

export function acceptsCount(lower: string, c: Candidate, m: Meaning, hasIndicator: boolean): boolean {
  if (hasIndicator || m.status || m.bound || m.kind !== 'level' || m.direction) return true;
  if (m.operator && m.operator.wordsBetween <= 5) return true;
  if (/[:–-]\s*$/.test(lower.slice(Math.max(0, c.numberStart - 3), c.numberStart))) return true;
  if (c.unit.unit.includes('/')) return true;
  return false;
}
