// "Thu nhập bình quân một người một tháng năm 2023 đạt 4,18 triệu đồng": statistics offices give income per head per
// month; the money after such a name is per month, not the per-year money the indicator is otherwise read in. The name
// says it with "một/mỗi tháng" or "hằng tháng" between the average and the number; "6 tháng", "9 tháng" are stretches.
const PER_MONTH = /(?<![\p{L}\p{M}])(?:bình quân|thu nhập)(?:(?![.;:]).){0,24}?(?:(?:một|mỗi|1) tháng|(?:hằng|hàng) tháng|\/ ?tháng)(?!\p{L})(?!\p{M})(?:(?![.;:]).){0,30}$/u;
// How far before the number the name is looked for.
const REACH = 72;

/** The money per head at `numberStart` is named per month in the words before it (from `floor`, its sentence). */
export function isIncomePerMonth(lower: string, floor: number, numberStart: number): boolean {
  return PER_MONTH.test(lower.slice(Math.max(floor, numberStart - REACH), numberStart));
}
