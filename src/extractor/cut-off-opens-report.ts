// "… đánh giá tiến độ giải ngân vốn đầu tư công năm 2025." then "Tính đến ngày 31/10/2025, toàn tỉnh đã giải ngân …"
// opening a paragraph: in a report framed by the whole year, a cut-off date at the head of a paragraph says where the
// report's count stands, so the paragraphs after it (by source, by project group) are counted to it as well. A date
// inside a paragraph, or in a report framed by a part of the year, keeps dating its own paragraph only.
import type { PeriodMention } from './periods.ts';

// What may stand before the date at the head of its paragraph: "Tính đến ngày", "Đến hết ngày", "Lũy kế đến ngày".
const OPENING = /^\s*(?:lũy kế |luỹ kế )?$/u;

export function cutOffOpensReport(p: PeriodMention, framing: PeriodMention | undefined, lower: string, paragraphStart: number): boolean {
  if (p.asOf === undefined || p.year === undefined || !framing || framing === p) return false;
  if (framing.part !== '' || framing.span || framing.term || framing.year !== p.year || framing.start > p.start) return false;
  return OPENING.test(lower.slice(paragraphStart, p.start));
}
