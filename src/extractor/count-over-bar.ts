// "16 địa phương có số thu trên 20.000 tỷ đồng, trong khi 22 địa phương thu dưới 5.000 tỷ đồng", "4 tỉnh có kim ngạch
// xuất khẩu dưới ngưỡng 100 triệu USD": places counted by whether their revenue or trade passes a bar. The
// count is the figure; the money after "trên"/"dưới" is the bar they are sorted by, reached by none in particular.
// (Not a count of projects with their total: "15 dự án với tổng vốn hơn 68.400 tỷ đồng" is a sum reached.)
const COUNTED_OVER_BAR = /(?<![\p{L}\p{M}\d.,])\d[\d.,]* (?:địa phương|tỉnh, thành phố|tỉnh, thành|tỉnh) (?:vẫn )?(?:có )?(?:số thu|thu ngân sách|thu nội địa|thu|kim ngạch(?: xuất khẩu| nhập khẩu| xuất nhập khẩu)?(?: hàng hóa)?|doanh thu)(?: đạt)? (?:trên|dưới|hơn|từ)(?: mức| ngưỡng)? $/u;
const REACH = 80;
const BAR_WORDS = ['trên ', 'dưới ', 'hơn ', 'từ ', 'mức ', 'ngưỡng '];

/** The money at `numberStart` is the bar a count of places before it in its clause is sorted by. */
export function isBarOfCount(lower: string, numberStart: number): boolean {
  // The bar's own word first, read in place: most money has none of them right before it, and the pattern stays off it.
  if (!BAR_WORDS.some((w) => lower.endsWith(w, numberStart))) return false;
  return COUNTED_OVER_BAR.test(lower.slice(Math.max(0, numberStart - REACH), numberStart));
}
