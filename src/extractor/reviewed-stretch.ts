// "Chiều 26/8, Ban Chỉ đạo … tổ chức hội nghị tổng kết Chương trình giai đoạn 2024 - 2025. Toàn tỉnh đã hoàn thành hỗ trợ
// 9.486 căn …": a lead that reviews a stretch already run (up to the year of the page), and names no year or part of
// one besides, is the review of that stretch: the stretch frames the page as a school year frames a school-year review.
// A programme's stretch named beside the year reported ("Năm 2024, thực hiện Chương trình … giai đoạn 2021 - 2025, …")
// stays a name: the year frames.
import type { PeriodMention } from './periods.ts';

const REVIEWED_BEFORE = /(?<![\p{L}\p{M}])(?:tổng kết|sơ kết)(?!\p{L})(?!\p{M})[^.;:\n]{0,80}$/u;

/** `periods` with a reviewed stretch in the lead (before `leadEnd`) also read as the span it frames, when it is the only one. */
export function withReviewedStretch(periods: PeriodMention[], lower: string, leadEnd: number, publishedYear: number | undefined): PeriodMention[] {
  if (publishedYear === undefined) return periods;
  let found = -1;
  for (let i = 0; i < periods.length && periods[i]!.start < leadEnd; i++) {
    const p = periods[i]!;
    if (p.isBase) continue;
    if (!p.term) return periods;
    if (found < 0 && lower.startsWith('giai đoạn', p.start) && Number(p.term.slice(5)) <= publishedYear &&
      REVIEWED_BEFORE.test(lower.slice(Math.max(0, p.start - 100), p.start))) found = i;
  }
  if (found < 0) return periods;
  // (The stretch stays a term too, for what is measured against it: "vượt 38,5% mục tiêu giai đoạn (200 sản phẩm)".)
  const p = periods[found]!;
  const out = periods.slice();
  out.splice(found + 1, 0, { ...p, term: undefined, span: p.term, year: Number(p.term!.slice(0, 4)), part: '' });
  return out;
}
