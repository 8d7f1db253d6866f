// "giá trị sản xuất nông nghiệp đạt 66,75% so với kế hoạch, tăng 2,7% so với cùng kỳ; giá trị sản xuất công nghiệp đạt
// 74,65%, tăng 7,95% so với cùng kỳ": a percentage an amount "reached", followed at once by that amount's own growth in
// per cent, is how much of its plan it reached. It cannot be the growth (that comes next) nor a rate (an output value,
// a revenue or a turnover is no rate), so it is an attainment even where "kế hoạch" goes unsaid.
// (A rate's "tỷ lệ … đạt 92,1%, tăng 0,5 điểm %" stays a level: its subject is a rate, and its change is in points.)

const REACH = 72;
// The amount's name, then at most a few words (a sector, the months, "ước") before "đạt".
const AMOUNT_THEN_REACH = /(?<![\p{L}\p{M}])(?:giá trị sản xuất|doanh thu|thu ngân sách|kim ngạch|tổng mức bán lẻ|sản lượng)(?:[ ,\-–][^\d;:%()]{0,40})? (?:ước |dự kiến )?đạt $/u;
// What makes the percentage a rate or a share of something else after all.
const RATE_WORDS = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|tốc độ|tăng trưởng|chỉ số|tỷ trọng|tỉ trọng|cơ cấu|chiếm|bình quân)(?!\p{L})(?!\p{M})/u;
// Right after the number: "%, tăng 7,95%" (its own growth, in per cent, not in points).
const GROWTH_AFTER = /^,? (?:tăng|giảm) [\d.,]+ ?%/u;

/** The percentage at `numberStart` (its "%" ending at `end`) is what an amount "đạt", followed by that amount's growth. */
export function isValueShareBeforeGrowth(lower: string, clauseStart: number, numberStart: number, end: number): boolean {
  if (!GROWTH_AFTER.test(lower.slice(end, end + 24))) return false;
  const before = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  return before.endsWith('đạt ') && AMOUNT_THEN_REACH.test(before) && !RATE_WORDS.test(before);
}
