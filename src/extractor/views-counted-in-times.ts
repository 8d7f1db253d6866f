// "Bài viết được xem: 1.027 lần", "Đã xem 2.315 lần", "Số lần xem: 845 lần": how often a page was read, written as a
// number of times, is a counter of the page like "1.234 lượt xem", never a multiple (views-counted-in-times).
const VIEWED_BEFORE = /(?<![\p{L}\p{M}])(?:được xem|đã xem|lượt xem|số lần xem)\s*:?\s*$/u;
const REACH = 24;

export function viewsCountedBefore(lower: string, numberStart: number): boolean {
  const window = lower.slice(Math.max(0, numberStart - REACH), numberStart);
  return VIEWED_BEFORE.test(window.slice(window.lastIndexOf('\n') + 1));
}
