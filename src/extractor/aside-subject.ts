// A place that opens a bracket or a contrasting clause is the subject of the figure right after it, whatever more
// specific place the sentence named before: "Tốc độ tăng thu của tỉnh cao hơn bình quân cả nước (cả nước tăng 16,8%
// so với cùng kỳ)", "IIP của tỉnh ước tăng 14,6%, trong khi cả nước giảm 2% so với cùng kỳ".

const OPENS_ASIDE = /(?:\(|[,;] trong khi) $|\($/u;
// Between the place and the figure: a few words, no other bracket or clause mark.
const SUBJECT_TO_FIGURE = /^[^(),;.\n\d]{0,32}$/u;

/** Whether the place named at [start, end) opens the aside that holds the figure at `pos`. */
export function opensAsideOf(lower: string, start: number, end: number, pos: number): boolean {
  return start < pos && OPENS_ASIDE.test(lower.slice(Math.max(0, start - 12), start)) && SUBJECT_TO_FIGURE.test(lower.slice(end, pos));
}
