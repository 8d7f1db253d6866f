// "Năm 2025, tăng trưởng GRDP ước đạt 9,2% (các năm đều dao động từ 8,02% đến 10,12%)", "giai đoạn 2021 - 2025 dao
// động từ 7,1% đến 9,3% mỗi năm": the spread of the values of years gone by, given as an aside. What was is `actual`,
// whatever estimate or plan the sentence around it gives; its period is the stretch it names, or the stretch the
// sentence speaks of, and otherwise cannot be told (FIGURES.md: no period), not the report's year.

// "các năm (qua/trước) (đều) dao động từ": years that are over. "những năm tới dao động …" looks ahead.
// "5 năm qua", "ba năm gần đây": a number of years, with a word that puts them behind.
const PAST_YEARS = /(?<![\p{L}\p{M}])(?:(?:các|những|nhiều|mấy) năm(?! (?:tới|sau|tiếp theo|kế tiếp|còn lại|học|gần nhất tới))|(?:\d{1,2}|hai|ba|bốn|năm|mười) năm (?:qua|vừa qua|gần đây|trở lại đây|trước|trước đó)),?(?: [\p{L}\p{M}]+){0,4} dao động(?: [\p{L}\p{M}]+){0,3} $/u;
// "giai đoạn 2021 - 2025 (tăng trưởng) dao động từ": a stretch named with its spread.
const STRETCH = /(?<![\p{L}\p{M}])(?:giai đoạn|thời kỳ) ((?:19|20)\d\d) ?[-–] ?((?:19|20)\d\d)(?: [\p{L}\p{M}]+){0,5} dao động(?: [\p{L}\p{M}]+){0,3} $/u;
// A stretch that is striven for, not reviewed: "phấn đấu giai đoạn 2021 - 2025 tăng trưởng dao động 7 - 8%".
const AIMED = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|đề ra|định hướng)(?!\p{L})(?!\p{M})/u;
const REACH = 80;

export interface PastYearsRange {
  /** The stretch named with the spread ("2021/2025"), when it names one. */
  stretch?: string;
}

/** The spread of past years' values that lower[from, numberStart) introduces (`from`: the end of the figure before in
 *  the clause, or the clause's start); undefined when it is no such aside. */
export function pastYearsRange(lower: string, numberStart: number, from: number, publishedYear: number | undefined): PastYearsRange | undefined {
  const window = lower.slice(Math.max(from, numberStart - REACH), numberStart);
  if (!window.includes('dao động')) return undefined;
  if (PAST_YEARS.test(window)) return {};
  const m = STRETCH.exec(window);
  // A stretch begun before the year of publication, reviewed rather than aimed at.
  if (!m || publishedYear === undefined || Number(m[1]) >= publishedYear || AIMED.test(window)) return undefined;
  return { stretch: `${m[1]}/${m[2]}` };
}
