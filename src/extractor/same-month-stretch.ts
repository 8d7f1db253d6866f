// "trong 9 ngày nghỉ Tết (từ ngày 14/2 đến ngày 22/2/2026)", "từ ngày 5/9 đến 11/9/2025": a stretch of days that opens
// and closes in one month is part of that month (as a week is, week-periods.ts), not the months elapsed to its end.

const FROM_DAY = /(?<![\p{L}\p{M}\d])từ (?:ngày )?(?:0?[1-9]|[12]\d|3[01])[/-](0?[1-9]|1[0-2])(?:[/-]((?:19|20)\d\d))? $/u;
const REACH = 22;

/** Length of the "từ <day>/<month> " before the "đến …" at `start` when it opens in `month` of `year`; else 0. */
export function sameMonthStretchFrom(lower: string, start: number, month: number, year: string): number {
  const before = lower.slice(Math.max(0, start - REACH), start);
  if (!before.includes('từ ')) return 0;
  const from = FROM_DAY.exec(before);
  if (!from || Number(from[1]) !== month || (from[2] !== undefined && from[2] !== year)) return 0;
  return from[0].length;
}
