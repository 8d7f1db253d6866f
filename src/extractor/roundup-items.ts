// A news roundup ("Điểm tin", "Tin vắn") prints each item under its own marked heading ("■ Thu ngân sách 8 tháng đạt
// khá"). An item's own period ("Năm 2025, phường …", "Tám tháng năm 2025, …") opens its paragraph but speaks for that
// item alone: the next item returns to the roundup's frame (its week or month).
import { hasBetween, positionsOf } from './sorted.ts';

const ITEM_MARK = /(?:^|\n)[ \t]*[■□▪▫◆◇●♦►▶]/gu;

/** Whether an item heading stands between `from` and `to`. */
export function roundupItems(lower: string): (from: number, to: number) => boolean {
  const starts = /[■□▪▫◆◇●♦►▶]/u.test(lower) ? positionsOf(lower, ITEM_MARK) : [];
  return (from, to) => starts.length > 0 && hasBetween(starts, from, to);
}
