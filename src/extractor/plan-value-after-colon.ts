// "tăng trưởng kinh tế ước đạt 7,95% (KH: 8%)", "tỷ lệ hộ nghèo 1,03% (kế hoạch: 1,2%)", "(NQ: 35%)": a bracket that opens on
// a plan's name and a colon holds that plan's value, a target, as "(KH 8%)" does; the estimate before the bracket, whose
// colon this is not, does not reach it (plan-value-after-colon).
const PLAN_NAMED_THEN_COLON = /\((?:kế hoạch|kh|nghị quyết|nq|chỉ tiêu|mục tiêu|dự toán)(?: năm)?(?: (?:19|20)\d\d)?\s*:\s*(?:khoảng |trên |dưới |hơn |từ )?$/u;
const REACH = 32;

/** The number starting at `numberStart` follows "(KH: " or the like within its sentence. */
export function isPlanValueAfterColon(lower: string, sentenceStart: number, numberStart: number): boolean {
  return PLAN_NAMED_THEN_COLON.test(lower.slice(Math.max(sentenceStart, numberStart - REACH), numberStart));
}
