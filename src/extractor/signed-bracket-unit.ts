// "- Gia nhập thị trường: 7,38 điểm (+0,52);", "tổng đàn bò 48.600 con (-1.250)": a signed bare number in a bracket
// right after a figure is how that figure moved, in its unit. Index scores print their component moves so. (Not after a
// scale word: "1,2 triệu lượt (+85.000)" could be counted in either.)
import { readQuantity, type Quantity } from './quantity.ts';

// The figure before the bracket: its digits, then at most a unit's words.
const FIGURE_BEFORE = /(?<![\d.,])\d[\d.,]*[^\d()\n;:]{0,24}$/u;
const REACH = 40;

/** The unit of the figure a signed bracket "(+0,52)" follows, or undefined. */
export function signedBracketUnit(lower: string, q: Quantity): Quantity['unit'] {
  const sign = lower[q.start - 1];
  if ((sign !== '+' && sign !== '-' && sign !== '−') || lower[q.start - 2] !== '(' || lower[q.numberEnd] !== ')') return undefined;
  const open = q.start - 2;
  const from = Math.max(0, open - REACH);
  const m = FIGURE_BEFORE.exec(lower.slice(from, open));
  if (!m) return undefined;
  const before = readQuantity(lower, from + m.index);
  if (!before?.unit || before.counter || before.power !== 0 || before.unit.class === 'percent' || lower.slice(before.end, open).trim() !== '') return undefined;
  return before.unit;
}
