// "thu ngân sách đạt gần 900 tỷ đồng, đạt 130%": the percentage right after the revenue collected is its share of the
// year's estimate, an attainment, even when "dự toán" goes unsaid (as "giải ngân 6.124 tỷ đồng, đạt 72,1%" is of the
// capital plan: disbursed-share.ts).

const REACH = 96;
const COLLECTED_THEN_SHARE = /(?<![\p{L}\p{M}])thu ngân sách(?: [^\d,;()]{0,32})? (?:ước |dự kiến )?(?:đạt|được|thực hiện|là) (?:gần |hơn |trên |khoảng )?[\d.,]+ (?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu) đồng,? (?:đạt|bằng) $/u;

// "Nếu không tính tiền sử dụng đất thì thu nội địa vẫn đạt 48,2%", "Thu ngân sách 6 tháng đạt 52,3%": revenue reaching
// a percentage with no amount and no whole named is its share of the estimate too (revenue-reaches-share). Not a rate
// of it ("tỷ trọng thu nội địa đạt 80%", "tốc độ tăng thu ngân sách đạt 12%"), nor a share of a whole after the number
// ("đạt 85% tổng thu").
const REVENUE_REACHES = /(?<![\p{L}\p{M}])thu (?:ngân sách|nội địa)(?: [^,;()%]{0,40}?)? (?:vẫn |chỉ |mới |ước |cũng |đã )?(?:đạt|bằng) (?:gần |hơn |trên |khoảng )?$/u;
const RATE_OF_REVENUE = /(?<![\p{L}\p{M}])(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|tốc độ|tăng trưởng|tăng|giảm)(?!\p{L})(?!\p{M})/u;
// (An amount between is the other form, above: "thu ngân sách đạt 900 tỷ đồng, đạt"; a period may stand there: "6 tháng".)
const AMOUNT = /\d[\d.,]* ?(?:nghìn|ngàn|tỷ|tỉ|triệu|đồng|%)/u;
const WHOLE_AFTER = /^\s*(?:tổng|của|trong|so)(?!\p{L})(?!\p{M})/u;

/** The percentage at `numberStart` follows "thu ngân sách … đạt <amount>, đạt" in its clause, or revenue reaching it. */
export function isCollectedShare(lower: string, clauseStart: number, numberStart: number, end = numberStart): boolean {
  const before = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  if (!before.includes('thu ')) return false;
  if (before.includes('thu ngân sách') && COLLECTED_THEN_SHARE.test(before)) return true;
  const reached = REVENUE_REACHES.exec(before);
  return reached !== null && !AMOUNT.test(reached[0]) && !RATE_OF_REVENUE.test(before.slice(0, reached.index + reached[0].length)) &&
    !WHOLE_AFTER.test(lower.slice(end, end + 12));
}
