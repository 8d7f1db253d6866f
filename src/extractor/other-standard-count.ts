// "10/10 xã đạt chuẩn nông thôn mới, …; 5/5 phường đạt chuẩn đô thị văn minh", "12 xã đạt chuẩn quốc gia về y tế": a
// count of communes or wards that meets a standard named after it, other than the new-rural one and its grades, is no
// new-rural count, whatever the clause before carried.
const STANDARDS = new Set(['new_rural_communes', 'new_rural_communes_advanced', 'new_rural_communes_model']);
const UNITS = new Set(['xã', 'phường', 'thị trấn']);
const OTHER_STANDARD_AFTER = /^ (?:đã |được công nhận |được )?đạt chuẩn (?!nông thôn|ntm|nâng cao|kiểu mẫu)[\p{L}\p{M}]/u;

/** No new-rural indicator for a count of communes or wards meeting another named standard; else `indicator`. */
export function otherStandardCount(lower: string, spanEnd: number, unit: string, indicator: string | undefined): string | undefined {
  if (indicator === undefined || !STANDARDS.has(indicator) || !UNITS.has(unit)) return indicator;
  return OTHER_STANDARD_AFTER.test(lower.slice(spanEnd, spanEnd + 40)) ? undefined : indicator;
}
