// A news roundup ("Điểm tin", "Tin vắn") prints each item under its own marked heading ("■ Thu ngân sách 8 tháng đạt
// khá"). An item's own period ("Năm 2025, phường …", "Tám tháng năm 2025, …") opens its paragraph but speaks for that
// item alone: the next item returns to the roundup's frame (its week or month).
import { hasBetween, positionsOf } from './sorted.ts';
import { includesAnyOf } from './vocabulary/any-char.ts';

const MARKS = '■□▪▫◆◇●♦►▶';
const ITEM_MARK = new RegExp(`(?:^|\\n)[ \\t]*[${MARKS}]`, 'gu');

/** Whether an item heading stands between `from` and `to`. */
export function roundupItems(lower: string): (from: number, to: number) => boolean {
  const starts = includesAnyOf(lower, MARKS) ? positionsOf(lower, ITEM_MARK) : [];
  return (from, to) => starts.length > 0 && hasBetween(starts, from, to);
}
