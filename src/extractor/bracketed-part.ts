// "… 62 doanh nghiệp tham gia chương trình bình ổn thị trường (riêng khu vực Hải Dương cũ 18 doanh nghiệp), tăng 9 doanh
// nghiệp so với năm trước": a part named inside a bracket owns the bracket's figures only; once the bracket closes, the
// figures after it are the sentence's place's again (bracketed-part-owns-bracket). Only a bracket that holds a figure
// of its own: "tại Thành phố Hồ Chí Minh (khu vực Bà Rịa - Vũng Tàu cũ) 147.000 đồng/kg" says which part the figure after
// it is of.
const OPEN_REACH = 40;
// (A bracket that holds a figure closes within a few lines' reach.)
const CLOSE_REACH = 400;

/** The place [start, end) stands inside a bracket that holds a figure after it and closes before `pos`. */
export function bracketClosedBefore(lower: string, start: number, end: number, pos: number): boolean {
  const before = lower.slice(Math.max(0, start - OPEN_REACH), start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  // (Looked for up to the figure only: a whole-text search from every place would grow with an endless text.)
  const inside = lower.slice(end, Math.min(pos, end + CLOSE_REACH));
  const close = inside.indexOf(')');
  return close >= 0 && !inside.slice(0, close).includes('(') && /\d/u.test(inside.slice(0, close));
}
