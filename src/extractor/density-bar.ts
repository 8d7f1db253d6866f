// "Chúng tôi ưu tiên các dự án công nghệ cao, suất đầu tư từ 5 triệu USD/ha trở lên": the investment per hectare a
// project must bring is a bar it is judged by, not a figure reached. ("suất đầu tư bình quân đạt 8,5 triệu USD/ha" is.)
const DENSITY_BEFORE = /(?<![\p{L}\p{M}])suất đầu tư(?: tối thiểu| ít nhất| không thấp hơn)?(?: là| phải đạt)?(?: từ)? $/u;
const AT_LEAST_AFTER = /^ trở lên(?!\p{L})(?!\p{M})/u;
const AT_LEAST_BEFORE = /(?:tối thiểu|ít nhất|không thấp hơn)(?: là| phải đạt)?(?: từ)? $/u;

/** Whether the money per area at [start, end) is the bar "suất đầu tư từ … trở lên" sets. */
export function isDensityBar(lower: string, start: number, end: number, unit: string): boolean {
  if (!unit.endsWith('/ha')) return false;
  const before = lower.slice(Math.max(0, start - 40), start);
  if (!DENSITY_BEFORE.test(before)) return false;
  return AT_LEAST_AFTER.test(lower.slice(end, end + 10)) || AT_LEAST_BEFORE.test(before);
}
