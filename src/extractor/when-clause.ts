// "mục tiêu tăng trưởng 8,5 - 9% là rất thách thức khi năm 2025 tỉnh chỉ đạt hơn 7%": a clause opened by "khi" ("trong
// khi") speaks of another time. Its year dates what it says, not the figure before it; and what it says happened in a
// year already come is a result, not the target its sentence opened on (when-clause-year).

const WHEN = /(?<![\p{L}\p{M}])(?:trong )?khi(?!\p{L})(?!\p{M})/u;
const WHEN_YEAR = /(?<![\p{L}\p{M}])(?:trong )?khi (?:mà )?(?:năm|cả năm) ((?:19|20)\d\d)(?!\d)/u;

/** "khi" opens a clause between `from` and `to`. */
export function whenClauseBetween(lower: string, from: number, to: number): boolean {
  if (to <= from) return false;
  // (A plain word test first: most spans hold no "khi", and the pattern would try every position of them.)
  const span = lower.slice(from, to);
  return span.includes('khi') && WHEN.test(span);
}

/** A "khi năm YYYY" clause between `from` and `to` names a year not later than `publishedYear`. */
export function pastWhenClauseBetween(lower: string, from: number, to: number, publishedYear?: number): boolean {
  if (publishedYear === undefined || to <= from) return false;
  const span = lower.slice(from, to);
  if (!span.includes('khi ')) return false;
  const m = WHEN_YEAR.exec(span);
  return m !== null && Number(m[1]) <= publishedYear;
}
