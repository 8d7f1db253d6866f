// "Sản lượng vải thiều đạt 192.000 tấn, trong đó huyện Lục Ngạn chiếm khoảng 52%. Tổng đàn lợn hiện có 1,13 triệu con": a
// part named right after "trong đó" breaks down the whole's figure; it owns the rest of its sentence, and the sentences
// after go back to the whole (as a part set apart by "riêng" does).

const BREAKDOWN_BEFORE = /[,;]\s*trong đó(?: có)?\s+$/u;
const REACH = 16;

/** The place named at `start` opens a breakdown of the clause before ("…, trong đó huyện X …"). */
export function namesBreakdownPart(lower: string, start: number): boolean {
  return BREAKDOWN_BEFORE.test(lower.slice(Math.max(0, start - REACH), start));
}
