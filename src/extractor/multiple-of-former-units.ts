// "quy mô … ước đạt 318.600 tỷ đồng, lớn gấp gần 2,4 lần tỉnh Ninh Bình (cũ) năm 2024", "gấp 1,3 lần tổng thu của hai
// tỉnh cũ năm 2024": after the 2025 mergers a multiple is often measured against a former unit, or the former units
// summed, in a year named after them. That year is the base, as in "gấp 2,4 lần năm 2024".
const FORMER_UNITS_YEAR = /^ (?:so (?:với )?)?(?:[\p{L}\p{M}-]+ ){1,7}(?:\(cũ\)|cũ) năm ((?:19|20)\d\d)(?!\d)/u;

/** The year of the former unit(s) a multiple is measured against, named right after it. */
export function multipleOfFormerUnits(after: string): string | undefined {
  return FORMER_UNITS_YEAR.exec(after)?.[1];
}
