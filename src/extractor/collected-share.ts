// "thu ngân sách đạt gần 900 tỷ đồng, đạt 130%": the percentage right after the revenue collected is its share of the
// year's estimate, an attainment, even when "dự toán" goes unsaid (as "giải ngân 6.124 tỷ đồng, đạt 72,1%" is of the
// capital plan: disbursed-share.ts).

const REACH = 96;
const COLLECTED_THEN_SHARE = /(?<![\p{L}\p{M}])thu ngân sách(?: [^\d,;()]{0,32})? (?:ước |dự kiến )?(?:đạt|được|thực hiện|là) (?:gần |hơn |trên |khoảng )?[\d.,]+ (?:nghìn tỷ|nghìn tỉ|tỷ|tỉ|triệu) đồng,? (?:đạt|bằng) $/u;

/** The percentage at `numberStart` follows "thu ngân sách … đạt <amount>, đạt" in its clause. */
export function isCollectedShare(lower: string, clauseStart: number, numberStart: number): boolean {
  const before = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  return before.includes('thu ngân sách') && COLLECTED_THEN_SHARE.test(before);
}
