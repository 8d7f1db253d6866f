// "Tại các địa phương, thành phố Biên Hòa thu 9 tháng ước đạt 6.840 tỷ đồng, …; huyện Long Thành thu 2.715 tỷ đồng":
// after a paragraph on spending, a place that "thu" (collects) an amount raised revenue, and one that "chi" (spends)
// after a paragraph on revenue spent it. Only the bare verb right before the amount counts (with the months, "ước" and
// "đạt" between), so "thu hút", "thu nhập", "thu hoạch" and "chi trả" never switch the side.

const BUDGET_IDS = new Set<string | undefined>(['budget_revenue', 'budget_expenditure']);
// The verb, then what may stand between it and the amount: the months summed, "ước (tính)", "đạt/được".
const VERB_BEFORE_AMOUNT = /(?<![\p{L}\p{M}])(thu|chi)(?: (?:\d{1,2}|ba|sáu|chín) tháng(?: đầu năm)?)?(?: ước(?: tính)?)?(?: (?:đạt|được))? $/u;
// A verb and its words between reach at most this far back from the amount.
const REACH = 40;

/** The budget side the bare verb right before a budget figure names, when it differs from the side carried. */
export function budgetVerbSide(lower: string, clauseStart: number, numberStart: number, carried: string | undefined): string | undefined {
  if (!BUDGET_IDS.has(carried)) return carried;
  const verb = VERB_BEFORE_AMOUNT.exec(lower.slice(Math.max(clauseStart, numberStart - REACH), numberStart))?.[1];
  if (verb === undefined) return carried;
  return verb === 'thu' ? 'budget_revenue' : 'budget_expenditure';
}
