// "tỷ lệ tham gia BHYT của huyện chỉ đạt 89,2%, thấp hơn mức 94,7% toàn tỉnh": a rate set up as a yardstick ("mức")
// and followed at once by the whole it belongs to is that whole's, not the part's the sentence speaks of. (The yardstick
// named before its value, "mức trung bình của tỉnh (55,8%)", is read in meaning.ts.)
const YARDSTICK_BEFORE = /(?<![\p{L}\p{M}])mức\s+$/u;
const PROVINCE_AFTER = /^\s*(?:của |bình quân |trung bình )?(?:toàn|cả) tỉnh(?!\p{L})(?!\p{M})/u;
const COUNTRY_AFTER = /^\s*(?:của |bình quân |trung bình )?(?:cả nước|toàn quốc)(?!\p{L})(?!\p{M})/u;

/** The whole a yardstick rate names right after itself: the province or the country. */
export function wholeNamedAfterRate(lower: string, numberStart: number, end: number): 'province' | 'country' | undefined {
  if (!YARDSTICK_BEFORE.test(lower.slice(Math.max(0, numberStart - 8), numberStart))) return undefined;
  const after = lower.slice(end, end + 28);
  if (PROVINCE_AFTER.test(after)) return 'province';
  return COUNTRY_AFTER.test(after) ? 'country' : undefined;
}
