// "… đánh giá tiến độ giải ngân vốn đầu tư công năm 2025." then "Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân …"
// opening a paragraph: in a report framed by the whole year, a cut-off date at the head of a paragraph says where the
// report's count stands, so the paragraphs after it (by source, by project group) are counted to it as well. A date
// inside a paragraph, or in a report framed by a part of the year, keeps dating its own paragraph only. So does a stretch
// of days that opens after January ("Từ ngày 1/7 đến 15/12/2025, tổng thu ngân sách của xã …", a commune formed on 1/7):
// it counts from its own first day, not the year's count to a cut-off.
import type { PeriodMention } from './periods.ts';

// What may stand before the date at the head of its paragraph: "Tính đến ngày", "Đến hết ngày", "Lũy kế đến ngày".
const OPENING = /^\s*(?:lũy kế |luỹ kế )?$/u;
// A stretch's mention starts at its "từ": "từ ngày 1/7 đến …", "từ 1/10/2025 đến …".
const STRETCH_OF_DAYS = /^từ (?:ngày )?\d/u;

// "Đến ngày 31/8/2025, thành phố hoàn thành xóa 10.842 căn nhà tạm, …" on a page of 18/12/2025: a date months before the
// page is a milestone its paragraph reports, not where the report's count stands; later paragraphs return to the year.
// (Counts stand at the end of the month before publication, or of the one before it, at the latest.)
const MONTH_OF = /^((?:19|20)\d\d)-M(\d\d)$/u;
const MILESTONE_MONTHS = 2;

function milestoneBeforePage(asOf: string, published: string | undefined): boolean {
  const m = published ? MONTH_OF.exec(asOf) : null;
  if (!m) return false;
  const pageMonths = Number(published!.slice(0, 4)) * 12 + Number(published!.slice(5, 7));
  return pageMonths - (Number(m[1]) * 12 + Number(m[2])) > MILESTONE_MONTHS;
}

export function cutOffOpensReport(p: PeriodMention, framing: PeriodMention | undefined, lower: string, paragraphStart: number, published?: string): boolean {
  if (p.asOf === undefined || p.year === undefined || !framing || framing === p) return false;
  if (framing.part !== '' || framing.span || framing.term || framing.year !== p.year || framing.start > p.start) return false;
  if (milestoneBeforePage(p.asOf, published)) return false;
  return OPENING.test(lower.slice(paragraphStart, p.start)) && !STRETCH_OF_DAYS.test(lower.slice(p.start, p.start + 10));
}
