// "lần lượt có 10/10, 8/8 và 5/6 xã đạt chuẩn": ratios listed one after another share the counted noun written after
// the last of them. Alone, "10/10" or "8/8" would read as a day and a month; the chain to a counted noun settles it.
import { quantityValue, readQuantity, type Quantity } from './quantity.ts';
import type { UnitInfo } from './vocabulary/units.ts';

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

// "tăng điểm ở 7/10 chỉ số thành phần", "có 6/8 chỉ số tăng điểm": a ratio of an index's components counts indices.
// ("chỉ số" is no counted noun elsewhere: "tháng 9 chỉ số giá …" names the price index after a month.) A whole of
// components is small, and the part no larger.
const INDICES_AFTER = /^ chỉ số(?![\p{L}\p{M}]) (?!giá)/u;
const INDICES: UnitInfo = { unit: 'chỉ số', class: 'count' };
const MAX_COMPONENTS = 30;

/** The counted noun "chỉ số" after a ratio of components (`q1`/`q2`, neither with a unit); else undefined. */
export function componentIndicesUnit(lower: string, q1: Quantity, q2: Quantity): UnitInfo | undefined {
  const whole = quantityValue(q2);
  if (!(whole <= MAX_COMPONENTS && quantityValue(q1) <= whole)) return undefined;
  return INDICES_AFTER.test(lower.slice(q2.numberEnd, q2.numberEnd + 12)) ? INDICES : undefined;
}
