// "… 6 tháng cuối năm 2025 (từ ngày 1/7 đến 31/12/2025) …" and then "Trong 6 tháng, trên địa bàn có 486 doanh nghiệp
// thành lập mới": a ward or commune formed on 1 July 2025 reports its first six months as the second half, and the bare
// "6 tháng" after that names the same half again, not the first six months of a year.
import type { PeriodMention } from './periods.ts';

/** The second half a bare "6 tháng" names again: the first half-year the text named before it, when that was the
 * second; else undefined (a bare "6 tháng" read first, or after "6 tháng đầu năm", stays the first half).
 * A second half still to come when the page appeared ("6 tháng cuối năm phải tăng trưởng trên 7%" over a July page)
 * is a target the page sets, not the half it reports on: it is passed over (aimed-second-half). */
export function secondHalfNamedBefore(before: readonly PeriodMention[], publishedYear?: number, publishedMonth?: number): PeriodMention | undefined {
  const toCome = (p: PeriodMention) => p.part === '-H2' && publishedYear !== undefined && publishedMonth !== undefined &&
    ((p.year ?? publishedYear) > publishedYear || ((p.year ?? publishedYear) === publishedYear && publishedMonth < 12));
  const firstHalf = before.find((p) => !p.isBase && p.term === undefined && (p.part === '-H1' || p.part === '-H2') && !toCome(p));
  return firstHalf?.part === '-H2' ? firstHalf : undefined;
}
