// "Riêng dịp lễ 30/4 - 1/5, phường đón 86.400 lượt khách" in a half-year report: the holiday named by its days, opening
// its sentence as the topic, is the quarter they fall in (the second), of the year the report speaks of unless it
// writes its own. Inside a sentence ("…, riêng dịp lễ 30/4 - 1/5 đạt trên 90%", "Riêng tháng 5, trùng dịp nghỉ lễ …")
// it is left to the period the sentence names or carries. ("so với dịp lễ 30/4 - 1/5 năm trước" is a base: holidays.ts.)
import { mention, type PeriodMention } from './periods.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';

const HOLIDAY_DAYS = /(?<![\p{L}\p{M}])(?:dịp|kỳ nghỉ|đợt nghỉ|nghỉ)(?: lễ)? 30\/4 ?(?:-|–|và) ?1\/5(?:(?:\/| năm )((?:19|20)\d\d))?(?![\d/])/gu;
// What may stand between the start of its sentence and the holiday: "Riêng", "Trong", "Vào".
const OPENS_SENTENCE = /(?:^|[.!?\n])[\s"“]*(?:(?:riêng|trong|vào) )?$/u;

/** The period mentions with the days of the 30/4 - 1/5 holiday added, in text order. */
export function withHolidayDays(mentions: PeriodMention[], lower: string): PeriodMention[] {
  if (indexOfPhrase(lower, '30/4') < 0) return mentions;
  const added: PeriodMention[] = [];
  for (const m of lower.matchAll(HOLIDAY_DAYS)) {
    const end = m.index + m[0].length;
    if (lower[end] !== ',' || !OPENS_SENTENCE.test(lower.slice(Math.max(0, m.index - 10), m.index))) continue;
    added.push(mention({ start: m.index, end, ...(m[1] && { year: Number(m[1]) }), part: '-Q2', isBase: false, local: true }));
  }
  if (added.length === 0) return mentions;
  const kept = mentions.filter((p) => !added.some((d) => p.start >= d.start && p.start < d.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
