// "tăng trưởng 12,16%, đứng thứ 2 cả nước (sau tỉnh Bắc Giang tăng trưởng 13,85%)": a place ranked ahead that opens a
// bracket with its own figure owns that figure, as "chỉ đứng sau Quảng Ninh (11,89%)" owns the value bracketed after it.

// The bracket opens on the ranking word; the place's type may stand before its name.
const OPENS_ON_AHEAD = /\((?:chỉ |đứng |xếp )?sau (?:(?:tỉnh|thành phố|tp\.?) ?)?$/u;
// Between the place and the figure: a verb or two, no clause mark, no other number.
const PLACE_TO_FIGURE = /^ (?:[\p{L}\p{M}]+ ){0,3}$/u;
const REACH = 32;

interface Named { start: number; end?: number }

/** The yardstick in `ahead` (places ranked ahead, in text order) that opens the bracket holding the figure at `pos`. */
export function yardstickOpeningAside<T extends Named>(lower: string, pos: number, ahead: readonly T[]): T | undefined {
  for (let i = ahead.length - 1; i >= 0; i--) {
    const p = ahead[i]!;
    const end = p.end ?? p.start;
    if (end > pos) continue;
    if (pos - end > REACH) return undefined;
    return OPENS_ON_AHEAD.test(lower.slice(Math.max(0, p.start - 20), p.start)) && PLACE_TO_FIGURE.test(lower.slice(end, pos)) ? p : undefined;
  }
  return undefined;
}
