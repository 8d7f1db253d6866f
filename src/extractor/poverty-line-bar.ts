// "Tỷ lệ hộ nghèo theo chuẩn của tỉnh (thu nhập dưới 50 triệu đồng/người/năm) còn 0,15%", "theo chuẩn nghèo đa chiều
// (thu nhập bình quân từ 2,5 triệu đồng/người/tháng trở xuống)": an income in a bracket opened after a standard's name
// is the line the standard draws, a bar households are counted under, not an income reached (poverty-line-bar).
const STANDARD_BRACKET_BEFORE = /(?<![\p{L}\p{M}])chuẩn(?!\p{L})(?!\p{M})[^().;\n]{0,48}\([^()\d]{0,40}thu nhập[^()\d]{0,40}$/u;
const REACH = 140;

/** Whether the money per head starting at `start` is a poverty standard's income line. */
export function isPovertyLineBar(lower: string, start: number, unit: string): boolean {
  if (!unit.includes('/người')) return false;
  return STANDARD_BRACKET_BEFORE.test(lower.slice(Math.max(0, start - REACH), start));
}
