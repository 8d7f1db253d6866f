// "Tính đến ngày 15/12/2024, toàn tỉnh có 9.526 tàu cá, trong đó 3.617 tàu có chiều dài từ 15 m trở lên. Có 3.598/3.617
// tàu đã lắp thiết bị giám sát hành trình, đạt 99,47%; 19 tàu chưa lắp": a fleet is counted as it stands at a cut-off,
// like a herd or a park's tenants, whatever indicator it has (none). It is held ("có", "trong đó") or what remains of it
// ("19 tàu chưa lắp", "7 tàu còn lại"); boats checked, fined or seized are events of the months ("kiểm tra 1.236 lượt tàu
// cá", "xử phạt 12 tàu cá"). A share or a change right after such a count, in its clause ("…, đạt 99,47%", "…, giảm 148
// chiếc so với cuối năm 2021"), stands at the same date.

/** Counted nouns of a fleet: boats, and the road vehicles a province registers ("Đến ngày 14/12/2023, toàn tỉnh có hơn
 *  2,36 triệu xe mô tô và 124.500 ô tô đang lưu hành"). */
const FLEET_UNITS: ReadonlySet<string> = new Set(['tàu', 'tàu cá', 'xe', 'xe mô tô', 'xe máy', 'ô tô', 'xe ô tô']);
// What stands right before a count that a place holds: "có 9.526", "trong đó 3.617", "có khoảng 400".
const HELD_BEFORE = /(?<![\p{L}\p{M}])(?:có|trong đó|đó)(?: (?:khoảng|hơn|gần|trên|xấp xỉ))? $/u;
// What remains of it, after the counted noun: "19 tàu chưa lắp", "7 tàu còn lại".
const REMAINS_AFTER = /^(?: [\p{L}\p{M}]+){0,2}? (?:còn lại|chưa)(?!\p{L})(?!\p{M})/u;
// Between a held count (and what its clause says of it, brackets too) and its share or change: ", đạt ", " lắp thiết
// bị giám sát hành trình (VMS), đạt ",
// ", giảm ".
const RESTATES_AFTER_COUNT = /^[^\d.;:]{0,64},\s*(?:đạt|chiếm|bằng|tăng|giảm)(?: thêm)?\s+$/u;
// A second count joined to a held one by "và": "có hơn 2,36 triệu xe mô tô và 124.500 ô tô".
const JOINED_AFTER_COUNT = /^(?: [\p{L}\p{M}]+){0,3} và (?:khoảng |hơn |gần |trên )?$/u;

/** Whether a vessel count (by its unit) is held or left at the date its clause speaks of. */
export function isFleetHeld(lower: string, unit: string, numberStart: number, end: number, clauseStart: number, clauseEnd: number): boolean {
  if (!FLEET_UNITS.has(unit)) return false;
  return HELD_BEFORE.test(lower.slice(Math.max(clauseStart, numberStart - 24), numberStart)) ||
    REMAINS_AFTER.test(lower.slice(end, Math.min(clauseEnd, end + 32)));
}

/** Whether the words between a held count and the figure after it make that figure the count's share or change, or a
 *  second count held beside it. */
export function restatesHeldCount(lower: string, countEnd: number, numberStart: number): boolean {
  const gap = lower.slice(countEnd, numberStart);
  return numberStart - countEnd <= 80 && (RESTATES_AFTER_COUNT.test(gap) || JOINED_AFTER_COUNT.test(gap));
}
