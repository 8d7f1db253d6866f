// "… 9 chỉ tiêu có khả năng đạt; 5 chỉ tiêu dự báo khó đạt": a count of targets whose verdict is forecast ("dự báo",
// "dự kiến" between the count and the verdict) says what is expected by the end of the term, an estimate; the same
// count with the verdict alone ("3 chỉ tiêu chưa đạt") reports one.
import type { Candidate } from './scan-figures.ts';

const FORECAST_VERDICT = /^ *(?:(?:chủ yếu|còn lại|nghị quyết|nq) *)?(?:dự báo|dự kiến|được dự báo) (?:sẽ )?(?:khó|không|chưa|có khả năng|đạt|vượt|hoàn thành|xấp xỉ)(?!\p{L})(?!\p{M})/u;

/** The count of targets at `c` is followed by a forecast of its verdict. */
export function isForecastVerdict(lower: string, c: Candidate): boolean {
  return (c.unit.unit === 'chỉ tiêu' || c.unit.unit === 'tiêu chí') && FORECAST_VERDICT.test(lower.slice(c.end, c.end + 60));
}
