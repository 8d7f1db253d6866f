// "Để hoàn thành kế hoạch năm 2022, trong quý IV tỉnh cần phát triển thêm ít nhất 188 doanh nghiệp", "6 tháng cuối năm
// cần thu hút thêm khoảng 514 triệu USD": what must still be added to reach a plan is a target. ("cần thêm 2 năm", with
// no verb before "thêm", is a length of time; "cần có" names a need, not an amount to reach.)
// ("trong quý IV ngành Thuế phải thu thêm khoảng 2.145 tỷ đồng": "phải" says the same as "cần": needed-more-must.)
const NEEDED_MORE_CUE = '(?:cần (?:phải )?|phải )(?:(?!có )[\\p{L}\\p{M}]+ ){1,2}thêm';

// "Quý IV, huyện cần thu thêm khoảng 35 tỷ đồng mới hoàn thành dự toán năm 2023": what the stretch must still bring is
// that stretch's, even where the year's plan it completes is named.
const NEEDED_MORE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${NEEDED_MORE_CUE}(?: [^\\d;,.]{0,20})?\\s*$`, 'u');
const REACH = 60;
const PLAN_NAMED = /(?<![\p{L}\p{M}])(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?!\p{L})(?!\p{M})/u;
const PLAN_REACH = 160;

/** Whether the figure at `numberStart` is what must still be added ("cần thu thêm khoảng …"). */
export function isNeededMore(lower: string, clauseStart: number, numberStart: number): boolean {
  const window = lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart);
  if (window.includes('cần ') && NEEDED_MORE_BEFORE.test(window)) return true;
  // "phải" also says what was forced on someone ("doanh nghiệp phải chi thêm 200 triệu đồng"): only with a plan to
  // complete named in the clause is it an amount still to bring.
  return window.includes('phải ') && NEEDED_MORE_BEFORE.test(window) && PLAN_NAMED.test(lower.slice(Math.max(clauseStart, numberStart - PLAN_REACH), numberStart));
}
