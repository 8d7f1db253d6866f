// "…; 12 xã đạt chuẩn nâng cao và 2 xã đạt chuẩn kiểu mẫu. Khu vực Hà Giang cũ có 9 xã đạt chuẩn.": a count of
// communes that "đạt chuẩn" with no grade after it meets the new-rural standard itself, not the last grade the
// paragraph named (which a carried topic would give it).

const GRADES = new Set(['new_rural_communes_advanced', 'new_rural_communes_model']);
const COMMUNES = new Set(['xã', 'phường']);
// After the count's span ("9 xã"): "đạt chuẩn", then the end of the clause.
const MEETS_BARE_STANDARD = /^ (?:đã |được công nhận )?đạt chuẩn\s*(?:[.;,]|$)/u;

/** The base new-rural indicator for a bare "N xã đạt chuẩn" that a carried grade would otherwise take; else `indicator`. */
export function bareStandardCount(lower: string, spanEnd: number, unit: string, indicator: string | undefined): string | undefined {
  if (indicator === undefined || !GRADES.has(indicator) || !COMMUNES.has(unit)) return indicator;
  return MEETS_BARE_STANDARD.test(lower.slice(spanEnd, spanEnd + 32)) ? 'new_rural_communes' : indicator;
}

// "Toàn tỉnh có 80 xã đạt chuẩn nông thôn mới, 24 xã đạt 15-18 tiêu chí": communes counted by the criteria they meet
// have not met the standard, whatever standard the clause named before them.
const STANDARDS = new Set(['new_rural_communes', ...GRADES]);
const MEETS_SOME_CRITERIA = /^ đạt (?:từ |dưới |trên )?\d{1,2}(?: ?(?:-|–|đến) ?\d{1,2})? tiêu chí(?!\p{L})(?!\p{M})/u;

/** No new-rural indicator for a count of communes sorted by the criteria they meet; else `indicator`. */
export function communesByCriteria(lower: string, spanEnd: number, unit: string, indicator: string | undefined): string | undefined {
  if (indicator === undefined || !STANDARDS.has(indicator) || !COMMUNES.has(unit)) return indicator;
  return MEETS_SOME_CRITERIA.test(lower.slice(spanEnd, spanEnd + 32)) ? undefined : indicator;
}

// "136 xã đạt chuẩn nông thôn mới nâng cao, 18 xã kiểu mẫu", "có thêm 2 xã nâng cao và 1 xã kiểu mẫu": once the
// standard is named, a grade named bare right after a count of communes, ending its item, is that grade. Not a verb
// phrase that goes on ("5 xã nâng cao năng lực phòng cháy").
const GRADE_NAMED_BARE = /^ (?:đạt chuẩn )?(nâng cao|kiểu mẫu) ?(?:[.;,)\n]|và |$)/u;
// "100% xã đạt chuẩn nông thôn mới, trong đó 35% đạt chuẩn nông thôn mới nâng cao": a share whose own words name a
// grade is the share of communes of that grade (grade-after-share).
const GRADE_AFTER_SHARE = /^ (?:số xã |xã )?(?:được công nhận )?đạt chuẩn (?:nông thôn mới |ntm )?(nâng cao|kiểu mẫu)(?!\p{L})(?!\p{M})/u;

/** The grade's indicator for a count of communes followed by a bare "nâng cao" / "kiểu mẫu" where a new-rural
 * indicator was read; else `indicator`. */
export function bareGradeCount(lower: string, spanEnd: number, unit: string, indicator: string | undefined): string | undefined {
  if (indicator === undefined || !STANDARDS.has(indicator) || !(COMMUNES.has(unit) || unit === '%')) return indicator;
  const grade = (unit === '%' ? GRADE_AFTER_SHARE : GRADE_NAMED_BARE).exec(lower.slice(spanEnd, spanEnd + 40))?.[1];
  return grade === undefined ? indicator : grade === 'nâng cao' ? 'new_rural_communes_advanced' : 'new_rural_communes_model';
}
