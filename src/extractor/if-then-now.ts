// "Nếu như năm 2015 tỉnh mới thu được khoảng 4.000 tỷ đồng thì đến nay con số này đã gấp hơn 2,5 lần": a leader's
// contrast of then and now. The year of the "nếu" clause dates that clause's figure only; after "thì đến nay" the
// sentence speaks of now (the report's period), and a multiple there with no base of its own is measured against the
// year the "nếu" clause named (if-then-now).

const THEN_NOW = /(?<![\p{L}\p{M}])thì (?:đến nay|nay|hiện nay|hiện tại|bây giờ|giờ đây|đến thời điểm này)(?!\p{L})(?!\p{M})/u;
const IF_YEAR = /(?<![\p{L}\p{M}])nếu (?:như )?(?:[^\d.;:!?]{0,40}?)?(?:vào |trong |cuối |đầu )?năm ((?:19|20)\d\d)(?!\d)/u;

/** "thì đến nay" (and its like) stands in `lower` between `from` and `to`. */
export function thenNowBetween(lower: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const span = lower.slice(from, to);
  return span.includes('thì ') && THEN_NOW.test(span);
}

/** The year a "nếu (như) năm …" clause named before the "thì đến nay" that precedes `at` in its clause, if any. */
export function ifYearBeforeNow(lower: string, clauseStart: number, at: number): string | undefined {
  const window = lower.slice(Math.max(clauseStart, at - 200), at);
  const then = window.lastIndexOf('thì ');
  if (then < 0 || !THEN_NOW.test(window.slice(then))) return undefined;
  const opened = window.lastIndexOf('nếu', then);
  if (opened < 0) return undefined;
  const m = IF_YEAR.exec(window.slice(opened, then));
  return m?.index === 0 ? m[1] : undefined;
}
