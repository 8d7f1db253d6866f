// "giá quất 300.000 - 1,5 triệu đồng/chậu": a range's low end written out in full, its thousands grouped, is the amount
// as written; the scale word after the high end is the high end's only (full-low-end-scaled-high). "1 - 5 triệu đồng"
// writes both ends short and "1.200 - 1.500 tỷ đồng" both in full: the scale is both's.
const GROUPED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** The number lower[start, end) is written with its thousands grouped ("300.000"). */
export function writtenInFull(lower: string, start: number, end: number): boolean {
  return end - start >= 5 && GROUPED_THOUSANDS.test(lower.slice(start, end));
}
