// "… 62 doanh nghiệp tham gia chương trình bình ổn thị trường (riêng khu vực Hải Dương cũ 18 doanh nghiệp), tăng 9 doanh
// nghiệp so với năm trước": a part named inside a bracket owns the bracket's figures only; once the bracket closes, the
// figures after it are the sentence's place's again (bracketed-part-owns-bracket). Only a bracket that holds a figure
// of its own: "tại Thành phố Hồ Chí Minh (khu vực Bà Rịa - Vũng Tàu cũ) 147.000 đồng/kg" says which part the figure after
// it is of.
const OPEN_REACH = 40;

/** The place [start, end) stands inside a bracket that holds a figure after it and closes before `pos`. */
export function bracketClosedBefore(lower: string, start: number, end: number, pos: number): boolean {
  const before = lower.slice(Math.max(0, start - OPEN_REACH), start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const close = lower.indexOf(')', end);
  return close >= 0 && close < pos && !lower.slice(end, close).includes('(') && /\d/u.test(lower.slice(end, close));
}
