// "(Kế hoạch: 7%)", "(KH: 5.200 tỷ đồng)", "Mục tiêu: 1,35 tỷ USD" on an infographic's line: a plan noun written as a label,
// its colon before the value, says the value is the plan, as "(KH 1,1 tỷ USD)" without the colon already did.

// The bracket or line the label opens, then the plan noun (a year at most after it), the colon and a bound word.
const PLAN_LABEL = /(?:\(|\n[ \t]*(?:[-+•*][ \t]*)?)[ \t]*(?:kế hoạch|kh|mục tiêu|chỉ tiêu|dự toán|nghị quyết|nq)(?: (?:năm )?(?:19|20)\d\d)?[ \t]*:[ \t]*(?:(?:khoảng|trên|dưới|từ|hơn|tối thiểu|ít nhất) )?$/u;
const REACH = 36;

/** The number right after `numberStart` is a plan given under its label ("(Kế hoạch: 7%)"). */
export function isPlanLabelled(lower: string, numberStart: number): boolean {
  const before = lower.slice(Math.max(0, numberStart - REACH), numberStart);
  return before.includes(':') && PLAN_LABEL.test(before);
}
