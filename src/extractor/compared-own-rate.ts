// "tăng trưởng … ước đạt 4,77%, thấp hơn nhiều so với cùng kỳ năm 2022 (tăng 22,4%)": after a comparative ("thấp hơn",
// "cao hơn") and its "so với" base, a bracketed change is the compared stretch's own rate, not a change against it (as
// "thấp hơn cùng kỳ năm 2022 (tăng 22,4%)" without "so với" already read). Without the comparative, "giảm cả 3 tiêu chí so
// với cùng kỳ năm 2017 (giảm 6,19% số vụ, …)" gives changes against the base (changes-bracketed-after-base).

const COMPARATIVE = String.raw`(?<![\p{L}\p{M}])(?:cao|thấp|chậm|nhanh) hơn(?: (?:nhiều|khá nhiều|không nhiều|một chút|đáng kể))? `;
const COMPARATIVE_SO = new RegExp(`${COMPARATIVE}so (?:với )?(?:cùng kỳ )?$`, 'u');
const COMPARATIVE_BEFORE = new RegExp(`${COMPARATIVE}$`, 'u');
const REACH = 48;

/** The base mention starting at `baseStart` follows a comparative with "so với" ("thấp hơn nhiều so với cùng kỳ …"). */
export function followsComparativeSo(lower: string, baseStart: number): boolean {
  return COMPARATIVE_SO.test(lower.slice(Math.max(0, baseStart - REACH), baseStart));
}

/** The "so" at `soStart` follows a comparative ("thấp hơn nhiều so …"). */
export function comparativeBeforeSo(lower: string, soStart: number): boolean {
  return COMPARATIVE_BEFORE.test(lower.slice(Math.max(0, soStart - REACH), soStart));
}
