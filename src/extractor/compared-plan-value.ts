// "thấp hơn 2,3 điểm phần trăm so với kế hoạch (8,5%)", "vượt 0,46 điểm phần trăm so với kịch bản tăng trưởng của tỉnh
// (8%)": a bare percentage in brackets right after the plan a figure was compared with is that plan's value.
// ("đạt thấp so với NQ (2/3 xã)" holds a result: a ratio or a counted noun is no plan's bare rate.)
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

// The plan may be named for a growth rate, a stretch, a year or who set or handed it down ("kịch bản đề ra cho quý (8,3%)",
// "kế hoạch đặt ra cho cả năm (10%)": plan-set-for-stretch-value).
const QUALIFIER = String.raw`(?:của|cho|cả|năm|quý|tháng|đầu|cuối|nửa|đã|đề|ra|đặt|được|giao|tỉnh|thành|phố|huyện|xã|phường|chính|phủ|trung|ương|hđnd|ubnd|[ivx]{1,4}|\d{1,2}|(?:19|20)\d\d)`;
// ("GRDP quý I ước tăng 7,86%, thấp hơn kịch bản đề ra (8,5%)": a figure said to fall short of or beat the plan names it
// as "so với" does.)
const COMPARED_PLAN_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:so với|(?:thấp|cao) hơn(?: so với)?) (?:${alternation(PLAN_NOUNS)})(?: tăng trưởng)?(?: ${QUALIFIER}){0,5} \($`, 'u');
const BARE_RATE = /^[\d.,]+\s*%?(?:\s*[-–]\s*[\d.,]+)?\s*%\s*\)/u;
const REACH = 80;

/** The percentage starting at `numberStart` stands alone in brackets after "so với <plan>…": the plan's value. */
export function isComparedPlanValue(lower: string, numberStart: number): boolean {
  if (lower[numberStart - 1] !== '(') return false;
  return BARE_RATE.test(lower.slice(numberStart, numberStart + 24)) &&
    COMPARED_PLAN_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}

// "giảm 186 tỷ đồng so với kế hoạch đầu năm (4.513 tỷ đồng)", "thấp hơn so với dự toán (1.400 tỷ đồng)": a sum of money
// alone in brackets there is the plan's amount, as a bare rate is its rate (compared-plan-amount).
const BARE_AMOUNT = /^[\d.,]+\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ) )?(?:đồng|usd)\s*\)/u;

/** The sum of money starting at `numberStart` stands alone in brackets after "so với <plan>…": the plan's amount. */
export function isComparedPlanAmount(lower: string, numberStart: number): boolean {
  if (lower[numberStart - 1] !== '(') return false;
  return BARE_AMOUNT.test(lower.slice(numberStart, numberStart + 28)) &&
    COMPARED_PLAN_BEFORE.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}

// "thấp hơn 1,2 điểm phần trăm so với kế hoạch năm (95,5%)" in a half-year report: a plan named for the year, with no
// year or stretch after it, is the whole year's, not the stretch the figure compared with it covers.
const YEAR_PLAN_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(PLAN_NOUNS)}) (?:cả )?năm \($`, 'u');

/** The compared plan's value at `numberStart` is named for the whole year ("kế hoạch năm (95,5%)"). */
export function isYearPlanValue(lower: string, numberStart: number): boolean {
  return YEAR_PLAN_BEFORE.test(lower.slice(Math.max(0, numberStart - 24), numberStart));
}
