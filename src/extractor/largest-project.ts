// "… trao giấy chứng nhận cho 12 dự án với tổng vốn 385 triệu USD, trong đó lớn nhất là dự án nhà máy sản xuất lốp xe …
// với vốn 170 triệu USD", "trong đó lớn nhất là dự án sản xuất polypropylene tại KCN Phú Mỹ II mở rộng với vốn đầu tư
// 480 triệu USD": the capital of the one biggest project singled out is a detail of that project, no figure of the place.
const LARGEST_PROJECT = 'lớn nhất là dự án';
const LARGEST_PROJECT_BEFORE = /lớn nhất là dự án [^.;:\d]{0,120}$/u;
const REACH = 160;

/** Whether the figure at `pos` is the capital of the largest project its clause singles out. */
export function isLargestProjectCapital(lower: string, pos: number): boolean {
  // (Looked for in the window only: a text without the phrase must not be read back to its start for each figure.)
  const window = lower.slice(Math.max(0, pos - REACH), pos);
  const at = window.lastIndexOf(LARGEST_PROJECT);
  return at >= 0 && LARGEST_PROJECT_BEFORE.test(window.slice(at));
}
