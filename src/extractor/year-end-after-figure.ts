// "6 tháng cuối năm huyện phấn đấu …; giảm tỷ lệ hộ nghèo xuống còn 1,5% vào cuối năm": the year's end written right
// after a figure ("vào cuối năm", "đến hết năm", no year of its own) is when that figure is to stand, so the figure is
// the year's, not the part of the year the sentence opened on (year-end-after-figure).
const YEAR_END_RIGHT_AFTER = /^ (?:vào|đến|tới) (?:cuối|hết) năm(?! (?:năm )?(?:19|20)\d\d)(?!\p{L})(?!\p{M})/u;
const REACH = 16;

/** The year's end follows the figure ending at `end`, before `clauseEnd`. */
export function yearEndRightAfter(lower: string, end: number, clauseEnd: number): boolean {
  return YEAR_END_RIGHT_AFTER.test(lower.slice(end, Math.min(clauseEnd, end + REACH)));
}
