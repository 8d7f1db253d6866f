// "Trong 6 tháng cuối năm, phường phấn đấu …; cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,1%": a clause that opens on the
// year's end (no year of its own) says when its figure is to stand, so the figure is the year's, not the part of the
// year the sentence opened on, as "… xuống còn 1,5% vào cuối năm" is (year-end-opens-clause).
const YEAR_END_OPENS = /^[\s,;]*(?:(?:đến|tới|vào) )?(?:cuối|hết) năm(?! (?:năm )?(?:19|20)\d\d)(?!\p{L})(?!\p{M})/u;
const REACH = 24;

/** The clause starting at `clauseStart` opens on the year's end. */
export function yearEndOpensClause(lower: string, clauseStart: number, numberStart: number): boolean {
  return YEAR_END_OPENS.test(lower.slice(clauseStart, Math.min(numberStart, clauseStart + REACH)));
}
