// "có 250 doanh nghiệp quay trở lại hoạt động, giảm 39,17% so với cùng kỳ (tương ứng giảm 161 doanh nghiệp)": a bracket
// that restates a change in its own unit, right after it, measures what that change measured against the same base.

// After the change (and its base), the bracket that restates it: "(tương ứng giảm ", "(tương đương tăng ".
const RESTATED_CHANGE = /^[^()\d;.]{0,40}\(\s*(?:tương ứng|tương đương)(?: với)?(?: (?:tăng|giảm)(?: thêm)?)? $/u;
const REACH = 64;

/** The words from the end of the change before (`changeEnd`) to the number at `numberStart` open a bracket that
 *  restates that change. */
export function restatesChange(lower: string, changeEnd: number, numberStart: number): boolean {
  return numberStart - changeEnd <= REACH && RESTATED_CHANGE.test(lower.slice(changeEnd, numberStart));
}

// "GRDP bình quân đầu người đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)": a sum of money right after a change
// in per cent, joined by "tương đương" with no verb of its own, is that change counted in money (restated-change-as-amount).
const RESTATED_AS_AMOUNT = /^[^()\d;.]{0,40}?[,(]?\s*(?:tương ứng|tương đương)(?: với)?\s*(?:khoảng |gần |hơn |trên )?$/u;

/** The words from the end of a change in per cent (`changeEnd`) to the sum at `numberStart` restate that change. */
export function restatesChangeAsAmount(lower: string, changeEnd: number, numberStart: number): boolean {
  return numberStart - changeEnd <= REACH && RESTATED_AS_AMOUNT.test(lower.slice(changeEnd, numberStart));
}
