// "tổng diện tích gieo trồng 2 vụ đạt 19.480 ha", "gieo cấy cả 3 vụ": "vụ" right after a sowing verb counts the crops
// grown in a year, how the land is farmed, not cases of crime or accidents.
const SOWING_BEFORE = /(?<![\p{L}\p{M}])(?:gieo trồng|gieo cấy|gieo sạ|xuống giống|canh tác|thâm canh|luân canh|sản xuất) (?:được |cả |đủ )?$/u;
const REACH = 24;

/** Whether the count "N vụ" starting at `numberStart` (in the normalised lowercase text) follows a sowing verb. */
export function isSeasonsAfterSowing(lower: string, numberStart: number): boolean {
  return SOWING_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}
