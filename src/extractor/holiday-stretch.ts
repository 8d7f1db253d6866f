// "Trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 16/2/2024), sân bay phục vụ 98.600 lượt hành khách …
// Tổng số chuyến bay cất, hạ cánh là 642 chuyến …": a holiday's days are the stretch the whole paragraph tells of, not
// a month named in passing; they date the paragraph's later sentences as a quarter named there would (a single month
// stays in its sentence: "Riêng tháng 10, …").
const HOLIDAY_BEFORE = /(?<![\p{L}\p{M}])(?:tết|nghỉ lễ|dịp lễ|kỳ nghỉ lễ|kỳ nghỉ)(?!\p{L})(?!\p{M})[^.!?\n]*$/u;
// The holiday's name and its bracket stand just before the days: "Tết Nguyên đán Giáp Thìn (".
const HOLIDAY_REACH = 64;

/** The stretch of days whose "từ" is at `from` is a holiday's, named right before it in its sentence. */
export function holidayStretch(lower: string, from: number): boolean {
  return HOLIDAY_BEFORE.test(lower.slice(Math.max(0, from - HOLIDAY_REACH), from));
}
