// "tính chung 3 tỉnh trước hợp nhất, kinh tế tăng trưởng bình quân 6,8%/năm", "(tính chung 3 địa phương trước sắp xếp)":
// the units a total is summed over across a merger are named, not counted, as "tính gộp 5 phường cũ" is
// (count-context.ts). Read only right before and right after the count.
const SUMMED_BEFORE = /(?<![\p{L}\p{M}])(?:tính chung|tính gộp|cộng gộp|gộp chung)(?: (?:của|cả|các))? $/u;
const MERGER_AFTER = /^ (?:cũ )?(?:trước|sau)(?: khi)? (?:hợp nhất|sắp xếp|sáp nhập)(?!\p{L})(?!\p{M})/u;
const BEFORE_REACH = 24;
const AFTER_REACH = 32;

/** Whether the count from `numberStart` to `end` names the units a total is summed over across a merger. */
export function summedBeforeMerger(lower: string, numberStart: number, end: number): boolean {
  return SUMMED_BEFORE.test(lower.slice(Math.max(0, numberStart - BEFORE_REACH), numberStart)) &&
    MERGER_AFTER.test(lower.slice(end, end + AFTER_REACH));
}
