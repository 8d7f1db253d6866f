// "giải ngân … đạt 1.742 tỷ đồng, bằng 14,6% kế hoạch, thấp hơn mức 17,9% của cùng kỳ năm 2025": after an attainment, a
// rate named as the level of the same stretch of an earlier year ("mức X% của cùng kỳ", "tỷ lệ X% cùng kỳ năm trước") is
// that stretch's share of its own plan, as the bracketed "cao hơn cùng kỳ năm 2023 (82,1%)" already is.
const RATE_NAMED_BEFORE = /(?<![\p{L}\p{M}])(?:cao hơn|thấp hơn|so với|bằng) (?:mức|tỷ lệ|tỉ lệ)(?: đạt)? $/u;
const SAME_SPAN_AFTER = /^ (?:của |so với )?cùng kỳ(?: năm (?:19|20)\d\d| năm trước)?(?!\p{L})(?!\p{M})/u;
const BEFORE_REACH = 24;
const AFTER_REACH = 32;

/** Whether the percentage at `numberStart`..`end` is named as the same stretch's earlier rate. */
export function isSameSpanRateNamed(lower: string, numberStart: number, end: number): boolean {
  return RATE_NAMED_BEFORE.test(lower.slice(Math.max(0, numberStart - BEFORE_REACH), numberStart)) &&
    SAME_SPAN_AFTER.test(lower.slice(end, end + AFTER_REACH));
}
