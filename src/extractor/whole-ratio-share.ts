// "khám phá 5/5 vụ, đạt 100%", "tiếp nhận 909/909 hồ sơ, đạt tỷ lệ 100%": after a whole ratio, its unit and a comma, "đạt
// 100%" is the ratio's own share said again, as "điều tra làm rõ 30/32 vụ, đạt 93,75%" is: a figure, not the bar that
// each counted unit cleared ("16 xã đạt 100% …", scan-figures.ts).
const WHOLE_RATIO_THEN_SHARE = /(?<![\d.,/])(\d+)\/(\d+) (?:[\p{L}\p{M}]+ ){0,2}[\p{L}\p{M}]+, (?:đạt|bằng)(?: tỷ lệ| tỉ lệ)? $/u;
const REACH = 48;

/** Whether the percentage at `pos` follows a whole ratio ("5/5 vụ, đạt ") whose share it restates. */
export function isWholeRatioShare(lower: string, pos: number): boolean {
  const m = WHOLE_RATIO_THEN_SHARE.exec(lower.slice(Math.max(0, pos - REACH), pos));
  return m !== null && m[1] === m[2];
}
