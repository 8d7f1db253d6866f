// "Trong 6 tháng đầu năm 2021, … số người tử vong giảm gần 30% so với 6 tháng cuối năm 2020": the half just before the
// figure's own is the previous period, as the quarter or month just before is. (With the same half of another year,
// "so với 6 tháng đầu năm 2020", it is the same period a year before, read elsewhere.)
const HALF_BASE = /so (?:với )?(?:6|sáu) tháng (đầu|cuối) năm(?: (?:năm )?((?:19|20)\d\d)(?!\d)| (trước|ngoái)(?!\p{L})(?!\p{M}))?|so (?:với )?nửa (đầu|cuối) năm(?: (?:năm )?((?:19|20)\d\d)(?!\d)| (trước|ngoái)(?!\p{L})(?!\p{M}))?/u;

/** The base after a figure of a half-year (`period` "2021-H1") names the half just before it. */
export function isHalfJustBefore(after: string, period: string): boolean {
  const own = /^(\d{4})-H([12])$/.exec(period);
  if (!own || !after.includes('so ')) return false;
  const m = HALF_BASE.exec(after);
  if (!m) return false;
  const half = m[1] ?? m[4];
  const named = m[2] ?? m[5];
  const lastYear = (m[3] ?? m[6]) !== undefined;
  const year = Number(own[1]);
  // The first half follows last year's second; the second follows this year's first (a year written must say so).
  if (own[2] === '1') return half === 'cuối' && (lastYear || Number(named) === year - 1);
  return half === 'đầu' && !lastYear && (named === undefined || Number(named) === year);
}
