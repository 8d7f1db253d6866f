// "lần lượt có 10/10, 8/8 và 5/6 xã đạt chuẩn": ratios listed one after another share the counted noun written after
// the last of them. Alone, "10/10" or "8/8" would read as a day and a month; the chain to a counted noun settles it.
import { quantityValue, readQuantity, type Quantity } from './quantity.ts';
import { INDEX_PARTS, MAX_INDEX_PARTS, type UnitInfo } from './vocabulary/units.ts';

const RATIO_JOIN = /^(?:, | và |; )(?=\d)/;
const MAX_ITEMS = 12;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** The count noun after the last ratio of a list that `q2` (a ratio's denominator with no unit) opens; else undefined. */
export function listedRatioUnit(lower: string, q2: Quantity): UnitInfo | undefined {
  let q = q2;
  for (let k = 0; k < MAX_ITEMS; k++) {
    const join = RATIO_JOIN.exec(lower.slice(q.numberEnd, q.numberEnd + 6));
    if (!join) return undefined;
    const part = readQuantity(lower, q.numberEnd + join[0].length);
    if (!part || part.unit || lower[part.numberEnd] !== '/' || !isDigit(lower[part.numberEnd + 1])) return undefined;
    const whole = readQuantity(lower, part.numberEnd + 1);
    if (!whole || whole.counter) return undefined;
    // "30/4/2025": a date's third part ends the chain.
    if (!whole.unit && /^[/.-]\d/.test(lower.slice(whole.numberEnd, whole.numberEnd + 2))) return undefined;
    if (whole.unit) return whole.unit.class === 'count' ? whole.unit : undefined;
    q = whole;
  }
  return undefined;
}

/** "Tháng 9/2024 chỉ số …": a ratio in index parts whose whole is more than an index has, or whose part is more than its
 *  whole, is no count of parts (a month and its year, a day and its month). */
export function isOverIndexParts(unit: UnitInfo | undefined, q1: Quantity, q2: Quantity): boolean {
  if (unit?.unit !== INDEX_PARTS) return false;
  const whole = quantityValue(q2);
  return whole > MAX_INDEX_PARTS || quantityValue(q1) > whole;
}
