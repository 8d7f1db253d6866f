// "Kỳ nghỉ lễ Quốc khánh năm nay kéo dài 4 ngày (từ 30/8 đến 2/9/2025), …": "năm nay" that names the year of a holiday
// whose days the same sentence then gives says no more than the stretch does. Read as a year of its own it would
// frame the page ahead of the stretch, and the holiday's figures would take the whole year.
import type { PeriodMention } from './periods.ts';

const REACH = 80;
const SENTENCE_END = /[.!?\n]/;
const DAYS_PART = /^-(?:Q[1-4]|M\d\d)$/;

/** The mentions without a "năm nay" followed in its sentence by a stretch of days of that year. */
export function withoutYearOfLaterStretch(lower: string, mentions: PeriodMention[]): PeriodMention[] {
  return mentions.filter((p, i) => {
    if (p.part !== '' || p.span || p.isBase || !lower.startsWith('năm nay', p.start)) return true;
    const next = mentions[i + 1];
    if (!next || next.isBase || next.asOf === undefined || next.year !== p.year || !DAYS_PART.test(next.part)) return true;
    const between = lower.slice(p.end, next.start);
    return between.length > REACH || SENTENCE_END.test(between);
  });
}
