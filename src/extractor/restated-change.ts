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
